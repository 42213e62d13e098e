/** Run settings from a document's session, and whether two settings train alike. */
import type { GraphDocument } from '../../core/graph/document.ts';
import { DEFAULT_RUN_SETTINGS } from '../store/runSlice.ts';
import type { RunSettings } from './protocol.ts';

/** The document's own settings: steps or epochs, batch size, seed and log interval. */
export function runSettingsOf(doc: GraphDocument): RunSettings {
  const s = doc.session;
  if (!s) return DEFAULT_RUN_SETTINGS;
  const epochs = s.steps === undefined && s.epochs !== undefined;
  return {
    mode: epochs ? 'epochs' : 'steps',
    count: (epochs ? s.epochs : s.steps) ?? DEFAULT_RUN_SETTINGS.count,
    batchSize: s.batchSize,
    seed: s.seed ?? 0,
    logEvery: s.logEvery,
  };
}

/** Whether the settings are the same. */
export function sameSettings(a: RunSettings, b: RunSettings): boolean {
  return a.mode === b.mode && a.count === b.count && a.batchSize === b.batchSize && a.seed === b.seed && a.logEvery === b.logEvery;
}
