/** Which histogram tags to show: all, the values, or the gradients. */
import type { TagFilter } from './histogramTags.ts';

/** A labelled select. */
export function TagFilterSelect({ value, onChange }: { value: TagFilter; onChange(filter: TagFilter): void }) {
  return (
    <label className="panel-control">
      Show
      <select aria-label="Show" value={value} onChange={(e) => onChange(e.target.value as TagFilter)}>
        <option value="all">values and gradients</option>
        <option value="values">values</option>
        <option value="gradients">gradients</option>
      </select>
    </label>
  );
}
