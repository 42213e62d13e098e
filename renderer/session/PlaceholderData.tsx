/** A Placeholder's data in its properties: what is bound, and a way to bind it. */
import { useDocument, useFlow } from '../store/hooks.ts';
import { bindingText } from './bindingText.ts';

/** The "Data" section of a Placeholder's properties. */
export function PlaceholderData({ nodeId }: { nodeId: string }) {
  const session = useDocument().session;
  const open = useFlow((s) => s.setBindDialog);
  const setTab = useFlow((s) => s.setRightTab);
  const train = session?.feeds[nodeId];
  const evaluation = session?.evalFeeds?.[nodeId];
  return (
    <>
      <h2 className="panel__heading">Data</h2>
      <p className="session__bound" data-bound={train !== undefined}>
        {train ? bindingText(train, session) : 'no data bound'}
      </p>
      {evaluation && <p className="session__bound session__bound--eval">evaluated on {bindingText(evaluation, session)}</p>}
      <div className="session__actions">
        <button
          type="button"
          className="button"
          onClick={() => open({ placeholderId: nodeId, source: train?.kind === 'csv' ? 'csv' : train?.kind === 'dataset' ? 'mnist' : 'table', evaluation: false })}
        >
          Bind data…
        </button>
        <button type="button" className="button" onClick={() => setTab('session')}>
          Session
        </button>
      </div>
    </>
  );
}
