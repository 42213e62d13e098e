/** The bottom bar: counts of nodes and diagnostics, the graph's parameters and cost, the last notice and the memory budget. */
import { RunStatus } from '../panels/RunStatus.tsx';
import { MemoryBudgetSelect } from './MemoryBudgetSelect.tsx';
import { totalsText } from '../canvas/costText.ts';
import { graphCostOf } from '../store/analysis.ts';
import { useAnalysis, useDiagnostics, useDocument, useNotice } from '../store/hooks.ts';
import { diagnosticCounts } from './diagnosticCounts.ts';

/** The status bar along the bottom of the window. */
export function StatusBar() {
  const doc = useDocument();
  const diagnostics = useDiagnostics();
  const notice = useNotice();
  const { errors, warnings, unwired } = diagnosticCounts(diagnostics);
  const analysis = useAnalysis();
  const cost = totalsText(graphCostOf(analysis));
  return (
    <footer className="statusbar" aria-label="Status">
      <span>{plural(doc.nodes.length, 'node')}</span>
      <span>{plural(doc.edges.length, 'edge')}</span>
      <span className={errors > 0 ? 'statusbar__count--error' : undefined}>{plural(errors, 'error')}</span>
      <span className={warnings > 0 ? 'statusbar__count--warning' : undefined} title={unwired > 0 ? `${plural(unwired, 'input')} still to wire` : undefined}>
        {plural(warnings, 'warning')}
      </span>
      <span className="statusbar__cost" title="Trainable parameters (elements of the Variables) and multiply-adds per example of the forward graph">
        {cost}
      </span>
      <RunStatus />
      {/* Always mounted, so screen readers announce a notice when it appears. */}
      <span role="status" className={`statusbar__notice statusbar__notice--${notice?.kind ?? 'info'}`}>
        {notice?.text}
      </span>
      <MemoryBudgetSelect />
    </footer>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
