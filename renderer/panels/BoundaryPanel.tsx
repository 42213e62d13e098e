/** The decision boundary tab: the model's output over the input plane, for graphs with two inputs. */
import { createDecisionBoundary } from '../plots/decisionBoundary.ts';
import { useChart } from '../plots/useChart.ts';
import { useFlow } from '../store/hooks.ts';
import { formatCount } from '../ui/formatNumber.ts';

/** The heatmap with its legend, or why this graph has none. */
export function BoundaryPanel() {
  const grid = useFlow((s) => s.run.boundary);
  const unavailable = useFlow((s) => s.run.info?.boundaryUnavailable);
  const loaded = useFlow((s) => s.run.info !== undefined);
  const ref = useChart(createDecisionBoundary, grid);
  return (
    <div className="boundary">
      <div className="boundary__plot" ref={ref} aria-label="Decision boundary" data-step={grid?.step} hidden={!grid} />
      {grid ? (
        <div className="boundary__legend">
          <p className="chart-card__title">Prediction at step {formatCount(grid.step)}</p>
          <div className="boundary__ramp" aria-hidden />
          <div className="boundary__ramp-labels">
            <span>0</span>
            <span>0.5</span>
            <span>1</span>
          </div>
          <p className="chart-card__note">The line is where the prediction crosses 0.5. Dots are the training examples, coloured by their label.</p>
        </div>
      ) : (
        <p className="panel__empty">{loaded && unavailable ? `No decision boundary: ${unavailable}.` : 'Press Train or Step: for a graph with two inputs (the XOR lessons) the model’s output over the input plane shows here.'}</p>
      )}
    </div>
  );
}
