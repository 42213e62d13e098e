/**
 * How a confusion matrix reads at a glance: each cell coloured by its share
 * of its row (so a rare class's mistakes show as clearly as a common one's),
 * the diagonal in one hue and the mistakes in another, with text that stays
 * readable on the darkest cell. Pure, for the tests.
 */

/** A cell's background and text colour. */
export interface CellLook {
  background: string;
  color: string;
}

/** The diagonal's hue (right answers) and the mistakes' hue, in HSL degrees. */
const RIGHT_HUE = 152;
const WRONG_HUE = 12;

/** The look of a cell whose row share is `rate` (0 to 1); `right` on the diagonal. An empty cell stays clear. */
export function cellLook(rate: number, right: boolean): CellLook {
  if (!(rate > 0)) return { background: 'transparent', color: 'var(--text-faint)' };
  // A square root spreads the small rates of the mistakes (1-5%) across the visible range.
  const t = Math.min(1, Math.sqrt(rate));
  const lightness = 96 - t * 56;
  const hue = right ? RIGHT_HUE : WRONG_HUE;
  return { background: `hsl(${hue} 70% ${lightness.toFixed(1)}%)`, color: lightness < 62 ? '#ffffff' : '#1b1b1f' };
}

/** A probability or rate as a short percentage: 97%, 0.4%, <0.1%. */
export function percent(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const p = value * 100;
  if (p === 0) return '0%';
  if (p < 0.1) return '<0.1%';
  return p < 10 && p !== Math.round(p) ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}
