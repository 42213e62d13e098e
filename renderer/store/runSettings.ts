/**
 * The run settings as the run controls show them, read from the document's
 * session: the session is their only home, and edits go through the
 * setRunSettings command.
 */
import type { GraphDocument, SessionConfig } from '../../core/graph/document.ts';
import type { RunSettings } from '../training/protocol.ts';

/** The course trains 2001 steps; a session that says neither steps nor epochs trains these. */
export const DEFAULT_STEPS = 2001;

/** The settings of a document without a session. */
export const DEFAULT_RUN_SETTINGS: RunSettings = { mode: 'steps', count: DEFAULT_STEPS, batchSize: undefined, seed: 0, logEvery: undefined };

const memo = new WeakMap<SessionConfig, RunSettings>();

/** The document's settings: steps or epochs, batch size, seed and log interval; the same object while the session is. */
export function runSettingsOf(doc: GraphDocument): RunSettings {
  const s = doc.session;
  if (!s) return DEFAULT_RUN_SETTINGS;
  let settings = memo.get(s);
  if (!settings) {
    const epochs = s.steps === undefined && s.epochs !== undefined;
    settings = {
      mode: epochs ? 'epochs' : 'steps',
      count: (epochs ? s.epochs : s.steps) ?? DEFAULT_STEPS,
      batchSize: s.batchSize,
      seed: s.seed ?? 0,
      logEvery: s.logEvery,
    };
    memo.set(s, settings);
  }
  return settings;
}
