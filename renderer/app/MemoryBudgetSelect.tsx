/** The memory budget in the status bar: how much a run's tensors may take, raised or lowered in one choice. */
import { formatBytes } from '../../core/graph/memory.ts';
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { memoryChoices } from '../store/memorySetting.ts';

/** A compact select; a graph over the budget shows its diagnostic on the node and does not train. */
export function MemoryBudgetSelect() {
  const budget = useFlow((s) => s.memoryBudget);
  return (
    <label className="statusbar__memory" title="The most memory one run's tensors may take. A graph that needs more shows an error on the node and does not train; raise it only if this computer has the memory.">
      <span>Memory</span>
      <select aria-label="Memory budget" value={budget} onChange={(e) => flowStore.getState().setMemoryBudget(Number(e.target.value))}>
        {memoryChoices(budget).map((bytes) => (
          <option key={bytes} value={bytes}>
            {formatBytes(bytes)}
          </option>
        ))}
      </select>
    </label>
  );
}
