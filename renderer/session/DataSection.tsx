/** The data bound to each Placeholder, for training and for evaluation, with its problems and a way to bind it. */
import { formatShape } from '../../core/graph/shape.ts';
import { DiagnosticCode as C } from '../../core/graph/diagnostics.ts';
import { actions } from '../store/flowStore.ts';
import { useAnalysis, useDocument, useFlow } from '../store/hooks.ts';
import { bindingText } from './bindingText.ts';
import { placeholdersOf } from './placeholders.ts';

/** The "Data" section: one card per Placeholder. */
export function DataSection() {
  const doc = useDocument();
  const analysis = useAnalysis();
  const open = useFlow((s) => s.setBindDialog);
  const session = doc.session;
  const list = placeholdersOf(doc);
  return (
    <section aria-labelledby="session-data">
      <h2 className="panel__heading" id="session-data">
        Data
      </h2>
      {list.length === 0 && <p className="session__note">No Placeholders: the graph's data is in its Constants. Add a Placeholder for data you bind here.</p>}
      <ul className="session__list" aria-label="Placeholders">
        {list.map((p) => {
          const train = session?.feeds[p.id];
          const evaluation = session?.evalFeeds?.[p.id];
          const problems = analysis.diagnostics.filter((d) => d.nodeId === p.id && d.code === C.BadBinding);
          return (
            <li key={p.id} className="session__binding" aria-label={`Placeholder ${p.name}`}>
              <div className="session__binding-head">
                <span className="session__binding-name">{p.name}</span>
                <span className="session__type">{p.type ? `${formatShape(p.type.shape)} ${p.type.dtype}` : 'shape unknown'}</span>
                <button
                  type="button"
                  className="button session__bind"
                  aria-label={`Bind data to ${p.name}`}
                  onClick={() => open({ placeholderId: p.id, source: train?.kind === 'csv' ? 'csv' : train?.kind === 'dataset' ? 'mnist' : 'table', evaluation: false })}
                >
                  Bind…
                </button>
              </div>
              <p className="session__bound" data-bound={train !== undefined}>
                {train ? bindingText(train, session) : 'no data bound'}
                {train && (
                  <button type="button" className="session__unbind" aria-label={`Unbind the data of ${p.name}`} title="Unbind" onClick={() => actions.bindData({ feeds: { [p.id]: null } })}>
                    ×
                  </button>
                )}
              </p>
              {evaluation && (
                <p className="session__bound session__bound--eval">
                  evaluated on {bindingText(evaluation, session)}
                  <button
                    type="button"
                    className="session__unbind"
                    aria-label={`Unbind the evaluation data of ${p.name}`}
                    title="Evaluate on the training data"
                    onClick={() => actions.bindData({ evalFeeds: { [p.id]: null } })}
                  >
                    ×
                  </button>
                </p>
              )}
              {problems.map((d, i) => (
                <p key={i} className={`session__problem session__problem--${d.severity}`}>
                  {d.message}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
      {list.length > 0 && (
        <div className="session__actions">
          <button type="button" className="button" onClick={() => open({ placeholderId: undefined, source: 'table', evaluation: false })}>
            Bind data…
          </button>
          <button
            type="button"
            className="button"
            title="Data the metrics are measured on after training (a test set)"
            onClick={() => open({ placeholderId: undefined, source: 'table', evaluation: true })}
          >
            Evaluation data…
          </button>
        </div>
      )}
    </section>
  );
}
