/**
 * The Run panel's feed_dict: one field per Placeholder the fetches need,
 * holding the session's inline data until edited, checked as it is typed
 * against the Placeholder's shape with the session's own message.
 */
import type { GraphAnalysis } from '../../core/graph/analyze.ts';
import type { DataBinding, SessionConfig } from '../../core/graph/document.ts';
import { formatShape } from '../../core/graph/shape.ts';
import { feedTextOf } from './runActions.ts';
import { parseFeedText } from './feedText.ts';
import { runPanelStore, useRunPanel } from './runPanelStore.ts';
import { neededPlaceholders } from './runTargets.ts';

interface Props {
  analysis: GraphAnalysis;
  session: SessionConfig | undefined;
  fetches: readonly string[];
}

/** Nothing when the fetches need no feed (constants only). */
export function FeedFields({ analysis, session, fetches }: Props) {
  // Re-render on every keystroke of any feed.
  useRunPanel((s) => s.feeds);
  const placeholders = neededPlaceholders(analysis, fetches);
  return (
    <fieldset className="run-panel__section">
      <legend className="run-panel__legend">Feeds</legend>
      {placeholders.length === 0 && <p className="run-panel__note">{fetches.length === 0 ? 'Pick a node to fetch.' : 'Nothing to feed: the fetches depend on no Placeholder.'}</p>}
      {placeholders.map((p) => {
        const type = analysis.types.get(p.id)?.[0];
        const binding = session?.feeds[p.id];
        const text = feedTextOf(p.id);
        const typed = runPanelStore.getState().feeds[p.id] !== undefined;
        const usesBound = text.trim() === '' && binding !== undefined;
        const parsed = usesBound ? undefined : parseFeedText(text, p.name, type);
        const fieldId = `run-feed-${p.id}`;
        return (
          <div key={p.id} className="run-feed">
            <label className="run-feed__label" htmlFor={fieldId}>
              <span className="run-feed__name">{p.name}</span>
              <span className="run-feed__type">
                {type?.dtype ?? 'float32'} · {type?.shape === null || type === undefined ? 'any shape' : formatShape(type.shape)}
              </span>
            </label>
            <textarea
              id={fieldId}
              className="input input--mono run-feed__input"
              rows={Math.min(6, Math.max(1, text.split('\n').length))}
              spellCheck={false}
              placeholder={binding ? `${boundText(binding)} (leave empty to feed it)` : 'a number, [1, 3], or rows pasted from a spreadsheet'}
              aria-invalid={parsed?.ok === false || undefined}
              aria-describedby={`${fieldId}-status`}
              value={text}
              onChange={(e) => runPanelStore.setState({ feeds: { ...runPanelStore.getState().feeds, [p.id]: e.target.value } })}
              onKeyDown={(e) => {
                // Enter runs; Shift+Enter starts another row of a table.
                if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
            <p id={`${fieldId}-status`} className={parsed?.ok === false ? 'run-feed__status run-feed__status--bad' : 'run-feed__status'}>
              <span className="run-feed__message">
                {usesBound ? `Feeds the session's data: ${boundText(binding!)}` : parsed!.ok ? `shape ${formatShape(parsed!.shape)}${typed && binding ? ', for this run only' : binding ? ', the session’s data' : ''}` : parsed!.message}
              </span>
              {typed && binding && (
                <button type="button" className="run-feed__reset" onClick={() => runPanelStore.setState({ feeds: without(runPanelStore.getState().feeds, p.id) })}>
                  Use the session’s data
                </button>
              )}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A binding in a few words. */
function boundText(binding: DataBinding): string {
  switch (binding.kind) {
    case 'inline':
      return 'inline data';
    case 'csv':
      return `${binding.path} (${binding.columns.join(', ')})`;
    case 'dataset':
      return `${binding.name.toUpperCase()} ${binding.split} ${binding.field}, every example`;
  }
}

function without(feeds: Readonly<Record<string, string>>, id: string): Record<string, string> {
  const out = { ...feeds };
  delete out[id];
  return out;
}
