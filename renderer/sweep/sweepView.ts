/**
 * The sweep runs as the Scalars tab groups them: settings in the order the
 * sweep ran them, one colour each, each tag's runs grouped per setting, and
 * each setting's final values for the strip chart and the table.
 */
import type { GraphDocument } from '../../core/graph/document.ts';
import { resultsTable } from '../../core/sweep/resultsTable.ts';
import { finalMetrics, type SweptRun } from '../../core/sweep/sweepResults.ts';
import type { BandGroupInput } from '../plots/bandModel.ts';
import type { StripColumn } from '../plots/stripChart.ts';
import { runColor } from '../ui/runColors.ts';

export interface SettingInfo {
  setting: string;
  /** The values without their targets: `Adam`, `Relu, 4`. */
  label: string;
  color: string;
}

/** The settings of `runs`, in the order they first appear (the sweep's grid order). */
export function settingsOf(runs: readonly SweptRun[]): SettingInfo[] {
  return [...new Set(runs.map((r) => r.setting))].map((setting, i) => ({ setting, label: shortLabel(setting), color: runColor(i) }));
}

/** `train.optimizer=Adam, session.batchSize=4` -> `Adam, 4`. */
export function shortLabel(setting: string): string {
  return setting
    .split(', ')
    .map((part) => part.slice(part.indexOf('=') + 1))
    .join(', ');
}

/**
 * Every tag any run logged, in the order the document's session logs them
 * (the loss first), others by name: a saved file sorts its keys, so the
 * order first seen would change on reload.
 */
export function tagsOf(runs: readonly SweptRun[], doc: GraphDocument): string[] {
  const logged = (doc.session?.fetches ?? []).map((f) => f.label ?? doc.nodes.find((n) => n.id === f.node)?.name ?? f.node);
  const rank = (tag: string) => (tag === 'loss' ? -1 : logged.includes(tag) ? logged.indexOf(tag) : logged.length);
  return [...new Set(runs.flatMap((r) => Object.keys(r.values)))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** One band input per setting for `tag`. */
export function bandInputs(runs: readonly SweptRun[], settings: readonly SettingInfo[], tag: string): BandGroupInput[] {
  return settings.map((s) => ({
    setting: s.setting,
    label: s.label,
    color: s.color,
    runs: runs.filter((r) => r.setting === s.setting && r.values[tag]).map((r) => ({ seed: r.seed, steps: r.steps, values: r.values[tag] })),
  }));
}

/** One strip column per setting: each ended run's final `metric`, with their mean and std. */
export function stripColumns(runs: readonly SweptRun[], settings: readonly SettingInfo[], metric: string): StripColumn[] {
  const finals = finalMetrics(runs);
  const rows = new Map(resultsTable(finals).rows.map((r) => [r.setting, r]));
  return settings.map((s) => {
    const summary = rows.get(s.setting)?.metrics[metric];
    return {
      ...s,
      runs: finals.filter((f) => f.setting === s.setting && metric in f.metrics).map((f) => ({ seed: f.seed, value: f.metrics[metric] })),
      mean: summary?.mean ?? NaN,
      std: summary?.std ?? NaN,
    };
  });
}
