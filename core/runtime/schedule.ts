/**
 * How long training runs and how often it logs, from the session settings and
 * any overrides (CLI flags).
 */
import type { SessionConfig } from '../graph/document.ts';
import { FlowboardError } from '../graph/diagnostics.ts';

/** Session settings a caller may override; unset fields fall back to the document's session. */
export type TrainingSettings = Partial<Pick<SessionConfig, 'steps' | 'epochs' | 'batchSize' | 'logEvery' | 'seed'>>;

export interface Schedule {
  totalSteps: number;
  /** Log every this many steps (and always the last). */
  logEvery: number;
}

/**
 * Steps or epochs, whichever is set (an override of either replaces both of
 * the document's). Logs once per epoch when counting epochs, else about 100
 * times (every 20 steps of 2001, as the course prints).
 */
export function schedule(config: SessionConfig, overrides: TrainingSettings, batchesPerEpoch: number): Schedule {
  const source = overrides.steps !== undefined || overrides.epochs !== undefined ? overrides : config;
  const { steps, epochs } = source;
  if (steps !== undefined && epochs !== undefined)
    throw new FlowboardError(`training is set to both ${steps} steps and ${epochs} epochs; set only one of them`);
  if (steps === undefined && epochs === undefined)
    throw new FlowboardError('the session says neither how many steps nor how many epochs to train; set one of them (the course trains 2001 steps, or 15 epochs on MNIST)');
  for (const [key, v] of Object.entries({ steps, epochs, logEvery: overrides.logEvery ?? config.logEvery }))
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 1)) throw new FlowboardError(`${key} must be a whole number of at least 1, got ${v}`);
  const totalSteps = steps ?? epochs! * batchesPerEpoch;
  const logEvery = overrides.logEvery ?? config.logEvery ?? (steps === undefined ? batchesPerEpoch : Math.max(1, Math.round(totalSteps / 100)));
  return { totalSteps, logEvery };
}
