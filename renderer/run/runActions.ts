/**
 * Run's commands, for the toolbar button, the R shortcut and lesson links:
 * open the panel on the right fetches, and run what it holds, checking every
 * feed first so a typo is refused with the Placeholder named and nothing runs.
 */
import type { NestedNumbers } from '../../core/graph/document.ts';
import { analysisOf } from '../store/analysis.ts';
import { flowStore } from '../store/flowStore.ts';
import { training } from '../training/appTraining.ts';
import { feedJson, parseFeedText } from './feedText.ts';
import { closeRunPanel, type OpenRunOptions, openRunPanel, runPanelStore } from './runPanelStore.ts';
import { defaultFetches, isFetchable, neededPlaceholders } from './runTargets.ts';

/**
 * Opens the Run panel: on the given fetches, else the fetchable selection,
 * else the last ones picked, else the sinks; `run` runs them at once (a lesson link).
 */
export function openRun(options: OpenRunOptions & { run?: boolean } = {}): void {
  const { document, generation, selectedNodeIds } = flowStore.getState();
  const analysis = analysisOf(document);
  const draft = runPanelStore.getState();
  const selected = selectedNodeIds.filter((id) => isFetchable(analysis, id));
  const kept = draft.generation === generation ? draft.fetches?.filter((id) => isFetchable(analysis, id)) : undefined;
  const fetches = options.fetches ?? (selected.length > 0 ? selected : kept && kept.length > 0 ? kept : defaultFetches(analysis, []));
  openRunPanel(generation, { feeds: options.feeds, fetches });
  if (options.run) void runPanelFetches();
}

/** Opens the panel, or closes it when open (the R key). */
export function toggleRun(): void {
  if (runPanelStore.getState().open) closeRunPanel();
  else openRun();
}

/** The text a feed field shows: what was typed, else the bound inline value, else nothing. */
export function feedTextOf(placeholderId: string): string {
  const typed = runPanelStore.getState().feeds[placeholderId];
  if (typed !== undefined) return typed;
  const binding = flowStore.getState().document.session?.feeds[placeholderId];
  return binding?.kind === 'inline' ? feedJson(binding.value) : '';
}

/** Runs the panel's fetches with its feeds; the answer (values or the problem) lands in the panel's `result`. */
export async function runPanelFetches(): Promise<void> {
  const { document } = flowStore.getState();
  const analysis = analysisOf(document);
  const fetches = (runPanelStore.getState().fetches ?? []).filter((id) => isFetchable(analysis, id));
  if (fetches.length === 0) return runPanelStore.setState({ result: { ok: false, message: 'Pick at least one node to fetch', nodeId: undefined } });
  const feeds: Record<string, NestedNumbers> = {};
  for (const p of neededPlaceholders(analysis, fetches)) {
    const text = feedTextOf(p.id);
    // An empty field feeds the data bound in the session (a CSV file, MNIST).
    if (text.trim() === '' && document.session?.feeds[p.id] !== undefined) continue;
    const parsed = parseFeedText(text, p.name, analysis.types.get(p.id)?.[0]);
    if (!parsed.ok) return runPanelStore.setState({ result: { ok: false, message: parsed.message, nodeId: p.id } });
    feeds[p.id] = parsed.value;
  }
  runPanelStore.setState({ busy: true });
  try {
    runPanelStore.setState({ result: await training().run(fetches, feeds) });
  } finally {
    runPanelStore.setState({ busy: false });
  }
}
