/** The run as TF1 code, `sess.run([sum, adder], feed_dict={a: 3, b: 4.5})`, so the panel teaches the call it makes. */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import { feedJson, parseFeedText } from './feedText.ts';
import { feedTextOf } from './runActions.ts';
import { useRunPanel } from './runPanelStore.ts';
import { neededPlaceholders } from './runTargets.ts';

/** Longest feed value written out before it is cut. */
const MAX_VALUE = 32;

/** One line of code; nothing without fetches. */
export function PythonLine({ analysis, fetches }: { analysis: GraphAnalysis; fetches: readonly string[] }) {
  useRunPanel((s) => s.feeds);
  if (fetches.length === 0) return null;
  const names = fetches.map((id) => analysis.index.nodes.get(id)?.node.name ?? id);
  const feeds = neededPlaceholders(analysis, fetches).map((p) => {
    const typed = feedTextOf(p.id);
    const parsed = parseFeedText(typed, p.name, analysis.types.get(p.id)?.[0]);
    // A pasted table reads as the nested list it feeds.
    const text = parsed.ok ? feedJson(parsed.value) : typed.replace(/\s+/g, ' ').trim() || '…';
    return `${p.name}: ${text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text}`;
  });
  const fetched = names.length === 1 ? names[0] : `[${names.join(', ')}]`;
  return (
    <p className="run-panel__code" aria-label="As TF1 code">
      <code>{`sess.run(${fetched}${feeds.length > 0 ? `, feed_dict={${feeds.join(', ')}}` : ''})`}</code>
    </p>
  );
}
