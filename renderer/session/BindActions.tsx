/**
 * The foot of each source: what Bind will do, or why it cannot, checked by
 * the same command that binds (run on the document without applying it), so
 * the dialog and the edit always agree.
 */
import type { DataBinding } from '../../core/graph/document.ts';
import { bindData, type BindDataArgs } from '../store/commands/bindData.ts';
import { actions } from '../store/flowStore.ts';
import { useDocument } from '../store/hooks.ts';
import { bindingText } from './bindingText.ts';

interface Props {
  /** The bindings to make, what to do first (a hint), or what is wrong (a problem). */
  bindings: Record<string, DataBinding> | { hint: string } | { problem: string };
  /** Evaluation data besides (null unbinds it). */
  evalBindings?: Record<string, DataBinding | null>;
  evaluation: boolean;
  files?: Record<string, string>;
  onDone(): void;
}

/** Status line, Cancel and Bind. */
export function BindActions({ bindings, evalBindings, evaluation, files, onDone }: Props) {
  const doc = useDocument();
  const waiting = 'hint' in bindings ? (bindings.hint as string) : undefined;
  const given = 'hint' in bindings || 'problem' in bindings ? undefined : (bindings as Record<string, DataBinding>);
  const args: BindDataArgs | undefined = given && { [evaluation ? 'evalFeeds' : 'feeds']: given, ...(evalBindings ? { evalFeeds: evalBindings } : {}), files };
  const empty = given !== undefined && Object.keys(given).length === 0 && Object.keys(evalBindings ?? {}).length === 0;
  const hint = waiting ?? (empty ? 'Choose the data for at least one Placeholder.' : undefined);
  const check = hint !== undefined ? { ok: false as const, error: hint } : args === undefined ? { ok: false as const, error: (bindings as { problem: string }).problem } : bindData(doc, args);
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;
  const session = { fetches: [], feeds: {}, files: { ...doc.session?.files, ...files } };
  const lines = check.ok
    ? [
        ...Object.entries(given ?? {}).map(([id, b]) => `${name(id)} ← ${bindingText(b, session)}${evaluation ? ' (evaluation)' : ''}`),
        ...Object.entries(evalBindings ?? {}).map(([id, b]) => (b ? `${name(id)} ← ${bindingText(b, session)} (evaluation)` : `${name(id)} is evaluated on its training data`)),
      ]
    : [];
  return (
    <>
      <div className="bind__spacer" />
      <div className={check.ok || hint !== undefined ? 'bind__status' : 'bind__status bind__status--problem'} data-hint={hint !== undefined || undefined} role="status" aria-live="polite">
        {check.ok ? lines.map((l) => <p key={l}>{l}</p>) : <p>{check.error}</p>}
      </div>
      <div className="modal__actions">
        <span className="modal__spacer" />
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!check.ok}
          onClick={() => {
            if (args && actions.bindData(args).ok) onDone();
          }}
        >
          Bind
        </button>
      </div>
    </>
  );
}
