/** Picks the Placeholder that takes one part of a dataset (its inputs, its labels). */
import { formatShape } from '../../core/graph/shape.ts';
import type { PlaceholderInfo } from './placeholders.ts';

interface Props {
  label: string;
  placeholders: PlaceholderInfo[];
  value: string | undefined;
  onChange(id: string | undefined): void;
}

/** A labelled select of the Placeholders, with "not bound". */
export function RolePicker({ label, placeholders, value, onChange }: Props) {
  return (
    <label className="bind__role">
      <span className="bind__role-label">{label}</span>
      <select className="input" aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">not bound</option>
        {placeholders.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} {p.type ? formatShape(p.type.shape) : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
