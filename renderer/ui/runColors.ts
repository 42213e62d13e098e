/** Run colours: TensorBoard's default run palette, cycled. Distinct in light and dark themes. */
export const RUN_COLORS: readonly string[] = ['#ff7043', '#0077bb', '#cc3311', '#33bbee', '#ee3377', '#009988', '#9e6ad6', '#ee9b00'];

/** The colour of the n-th run (from 0). */
export function runColor(n: number): string {
  return RUN_COLORS[((n % RUN_COLORS.length) + RUN_COLORS.length) % RUN_COLORS.length];
}
