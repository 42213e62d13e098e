/** setRunSettings: how long and how Train trains (steps or epochs, batch size, seed, log interval), in the document's session. */
import type { GraphDocument, SessionConfig } from '../../../core/graph/document.ts';
import type { RunSettings } from '../../training/protocol.ts';
import { runSettingsOf } from '../runSettings.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { sessionOf, withSession } from './session.ts';

/** Changes the settings named; refuses a count, batch size or log interval under 1, or a seed that is not a whole number. */
export function setRunSettings(doc: GraphDocument, change: Partial<RunSettings>): CommandResult {
  const current = runSettingsOf(doc);
  const next: RunSettings = { ...current, ...change };
  const problem = settingsProblem(next);
  if (problem) return refuse(problem);
  if (same(current, next) && (doc.session?.steps !== undefined || doc.session?.epochs !== undefined)) return done(doc);
  const { steps: _steps, epochs: _epochs, batchSize: _batch, logEvery: _log, ...rest } = sessionOf(doc);
  const session: SessionConfig = { ...rest, [next.mode]: next.count, seed: next.seed };
  if (next.batchSize !== undefined) session.batchSize = next.batchSize;
  if (next.logEvery !== undefined) session.logEvery = next.logEvery;
  return done(withSession(doc, session));
}

function settingsProblem(s: RunSettings): string | undefined {
  const whole = (v: number | undefined) => v === undefined || (Number.isSafeInteger(v) && v >= 1);
  if (s.mode !== 'steps' && s.mode !== 'epochs') return `training counts steps or epochs, not "${String(s.mode)}"`;
  if (!whole(s.count)) return `the number of ${s.mode} must be a whole number of at least 1, not ${s.count}`;
  if (!whole(s.batchSize)) return `the batch size must be a whole number of at least 1 (or empty for all the data), not ${s.batchSize}`;
  if (!whole(s.logEvery)) return `the log interval must be a whole number of steps of at least 1 (or empty to choose), not ${s.logEvery}`;
  if (!Number.isSafeInteger(s.seed) || s.seed < 0) return `the seed must be a whole number of at least 0, not ${s.seed}`;
  return undefined;
}

function same(a: RunSettings, b: RunSettings): boolean {
  return a.mode === b.mode && a.count === b.count && a.batchSize === b.batchSize && a.seed === b.seed && a.logEvery === b.logEvery;
}
