/** The Run panel's fetches: a checkbox per node Run can compute, in the document's order. */
import { useMemo, useState } from 'react';
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import { runPanelStore } from './runPanelStore.ts';
import { fetchableNodes } from './runTargets.ts';

/** Shows the nodes; a search narrows long lists. */
export function FetchPicker({ analysis, fetches }: { analysis: GraphAnalysis; fetches: readonly string[] }) {
  const [query, setQuery] = useState('');
  const nodes = useMemo(() => fetchableNodes(analysis), [analysis]);
  const picked = new Set(fetches);
  const q = query.trim().toLowerCase();
  const shown = nodes.filter((n) => picked.has(n.id) || q === '' || n.name.toLowerCase().includes(q) || n.op.toLowerCase().includes(q));
  const toggle = (id: string, on: boolean) => {
    const current = runPanelStore.getState().fetches ?? [];
    runPanelStore.setState({ fetches: on ? [...current, id] : current.filter((f) => f !== id) });
  };
  return (
    <fieldset className="run-panel__section">
      <legend className="run-panel__legend">Fetches</legend>
      {nodes.length > 12 && <input type="search" className="input run-panel__search" placeholder="Find a node" aria-label="Find a node to fetch" value={query} onChange={(e) => setQuery(e.target.value)} />}
      <ul className="run-fetches" aria-label="Nodes to fetch">
        {shown.map((n) => (
          <li key={n.id}>
            <label className="run-fetches__item" title={`${n.op} "${n.name}"`}>
              <input type="checkbox" className="checkbox" checked={picked.has(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} />
              <span className="run-fetches__name">{n.name}</span>
              <span className="run-fetches__op">{n.op}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
