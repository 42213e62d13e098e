/** What tf1Program.py reports of a program's sess.run calls, and the questions the suites ask of it. */

export interface TfRun {
  /** The run updated the variables (fetched a train op). */
  training: boolean;
  /** Training runs before this one. */
  updatesBefore: number;
  /** The scalars it fetched, by the program's Python names. */
  values: Record<string, number>;
}

/** Each fetched name's last value and when it was taken. */
export function lastFetches(runs: readonly TfRun[]): Map<string, { value: number; training: boolean; updatesBefore: number }> {
  const out = new Map<string, { value: number; training: boolean; updatesBefore: number }>();
  for (const r of runs) for (const [name, value] of Object.entries(r.values)) out.set(name, { value, training: r.training, updatesBefore: r.updatesBefore });
  return out;
}
