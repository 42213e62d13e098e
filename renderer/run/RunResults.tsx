/** The last Run's answer in the panel: each fetched value under its name, or the problem with its node named and one click away. */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { nestedText, tensorText } from '../ui/tensorText.ts';
import { useRunPanel } from './runPanelStore.ts';

/** Elements written out in full in the panel (the node badge writes fewer). */
const PANEL_ELEMENTS = 64;

/** Nothing before the first Run. */
export function RunResults({ analysis }: { analysis: GraphAnalysis }) {
  const result = useRunPanel((s) => s.result);
  const trained = useFlow((s) => s.run.fetched?.trained ?? false);
  if (!result) return null;
  const name = (id: string) => analysis.index.nodes.get(id)?.node.name ?? id;
  const hasVariables = analysis.doc.nodes.some((n) => n.op === 'Variable');
  if (!result.ok)
    return (
      <div className="run-results run-results--bad" role="alert">
        <p className="run-results__problem">{result.message}</p>
        {result.nodeId !== undefined && analysis.index.nodes.has(result.nodeId) && (
          <button type="button" className="button" onClick={() => flowStore.getState().select([result.nodeId!])}>
            Select “{name(result.nodeId)}”
          </button>
        )}
      </div>
    );
  return (
    <div className="run-results" role="status" aria-label="Fetched values">
      {hasVariables && <p className="run-results__note">{trained ? 'On the variables as trained so far.' : 'On fresh variables, from their initializers with the seed (train, and Run uses the trained ones).'}</p>}
      <dl className="run-results__list">
        {result.values.map((v) => {
          const full = nestedText(v, PANEL_ELEMENTS);
          return (
            <div key={v.nodeId} className="run-results__row" data-node={v.nodeId}>
              <dt className="run-results__name">{name(v.nodeId)}</dt>
              <dd className="run-results__value">
                {full ?? tensorText(v)}
                {full === undefined && <span className="run-results__more"> · select it to see every value</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
