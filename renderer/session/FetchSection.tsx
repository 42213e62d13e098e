/** The values Train logs (loss, accuracy, metrics, charted in Scalars) and shows (predictions, for the decision boundary). */
import type { FetchRole } from '../../core/graph/document.ts';
import { findOp } from '../../core/ops/registry.ts';
import { actions } from '../store/flowStore.ts';
import { useDocument } from '../store/hooks.ts';

const ROLES: { role: FetchRole; label: string }[] = [
  { role: 'loss', label: 'loss' },
  { role: 'accuracy', label: 'accuracy' },
  { role: 'metric', label: 'metric' },
  { role: 'prediction', label: 'prediction' },
];

/** The "Logged values" section. */
export function FetchSection() {
  const doc = useDocument();
  const fetches = doc.session?.fetches ?? [];
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
  const loggable = doc.nodes.filter((n) => (findOp(n.op)?.outputs.length ?? 0) > 0 && !fetches.some((f) => f.node === n.id)).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="session-fetches">
      <h2 className="panel__heading" id="session-fetches">
        Logged values
      </h2>
      {fetches.length === 0 && <p className="session__note">Train always logs the loss. Add an accuracy or a prediction to chart it and draw the decision boundary.</p>}
      <ul className="session__list" aria-label="Logged values">
        {fetches.map((f, i) => (
          <li key={`${f.node}:${i}`} className="session__fetch">
            <span className="session__fetch-name" title={f.label ? `${name(f.node)}, charted as "${f.label}"` : name(f.node)}>
              {name(f.node)}
            </span>
            <select className="input session__select" aria-label={`Role of ${name(f.node)}`} value={f.role} onChange={(e) => actions.editFetch({ index: i, role: e.target.value as FetchRole })}>
              {ROLES.map((r) => (
                <option key={r.role} value={r.role}>
                  {r.label}
                </option>
              ))}
            </select>
            <input
              key={f.label ?? ''}
              className="input session__fetch-label"
              aria-label={`Chart label of ${name(f.node)}`}
              placeholder="label"
              defaultValue={f.label ?? ''}
              title="The name in Scalars and logs; empty uses the node's name"
              onBlur={(e) => actions.editFetch({ index: i, label: e.target.value })}
              onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
            />
            <button type="button" className="button button--icon session__remove" aria-label={`Stop logging ${name(f.node)}`} title="Stop logging it" onClick={() => actions.removeFetch(i)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <select
        className="input session__add"
        aria-label="Log a value"
        value=""
        onChange={(e) => {
          if (e.target.value) actions.addFetch({ nodeId: e.target.value });
        }}
      >
        <option value="">+ Log a node's value…</option>
        {loggable.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </select>
    </section>
  );
}
