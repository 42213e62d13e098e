/**
 * The Run panel, TF1's `sess.run(fetches, feed_dict)` in the app: pick what
 * to fetch, see and edit a feed per Placeholder the fetches need, press Run
 * (or Enter), and read each value here, on its node and in the Selected node
 * panel. Not modal: the graph stays in view and in reach while it is open.
 */
import { useEffect, useRef } from 'react';
import { useAnalysis, useDocument } from '../store/hooks.ts';
import { FeedFields } from './FeedFields.tsx';
import { FetchPicker } from './FetchPicker.tsx';
import { runPanelFetches } from './runActions.ts';
import { closeRunPanel, useRunPanel } from './runPanelStore.ts';
import { RunResults } from './RunResults.tsx';
import { PythonLine } from './PythonLine.tsx';
import './run.css';

/** Mounted once; shows while the panel is open. */
export function RunPanel() {
  return useRunPanel((s) => s.open) ? <RunPanelBody /> : null;
}

function RunPanelBody() {
  const analysis = useAnalysis();
  const doc = useDocument();
  const fetches = useRunPanel((s) => s.fetches) ?? [];
  const busy = useRunPanel((s) => s.busy);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // Escape closes the panel wherever the focus is, unless a modal dialog or quick-add has it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog:modal, .quick-add')) return;
      closeRunPanel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section
      ref={ref}
      className="run-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="run-panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void runPanelFetches();
        }
      }}
    >
      <header className="run-panel__header">
        <h2 id="run-panel-title" className="run-panel__title">
          Run <code className="run-panel__signature">sess.run(fetches, feed_dict)</code>
        </h2>
        <button type="button" className="button button--icon" aria-label="Close Run" title="Close (Esc)" onClick={closeRunPanel}>
          <span aria-hidden>×</span>
        </button>
      </header>
      <form
        className="run-panel__body"
        onSubmit={(e) => {
          e.preventDefault();
          void runPanelFetches();
        }}
      >
        <FetchPicker analysis={analysis} fetches={fetches} />
        <FeedFields analysis={analysis} session={doc.session} fetches={fetches} />
        <PythonLine analysis={analysis} fetches={fetches} />
        <div className="run-panel__actions">
          <button type="submit" className="button button--primary" data-autofocus disabled={busy || fetches.length === 0} title="Run the fetches with these feeds (Enter in a feed, Ctrl+Enter anywhere)">
            {busy ? 'Running…' : 'Run'}
          </button>
          <span className="run-panel__hint">Feeds apply to this run only; the session’s data stays as it is.</span>
        </div>
        <RunResults analysis={analysis} />
      </form>
    </section>
  );
}
