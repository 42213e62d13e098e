/** One axis of the sweep: what varies (a select grouped by node) and its values (toggles for choices, a typed list for numbers). */
import { useState } from 'react';
import type { AttrValue } from '../../core/graph/document.ts';
import type { SweepAxis } from '../../core/sweep/sweep.ts';
import { findTarget, numberTargetOf, parseNumbers, suggestedValues, type SweepTarget, valueText } from './sweepTargets.ts';

interface Props {
  index: number;
  axis: SweepAxis;
  targets: readonly SweepTarget[];
  onChange(axis: SweepAxis): void;
  onRemove?: () => void;
}

/** The editor of axis `index` (from 0). */
export function SweepAxisEditor({ index, axis, targets, onChange, onRemove }: Props) {
  const target = findTarget(targets, axis.target);
  const groups = [...new Set(targets.map((t) => t.group))];
  const name = `Sweep axis ${index + 1}`;
  return (
    <li className="sweep__axis">
      <select
        className="input session__select"
        aria-label={name}
        value={target?.target ?? axis.target}
        onChange={(e) => {
          const next = targets.find((t) => t.target === e.target.value);
          if (next) onChange({ target: next.target, values: suggestedValues(next) });
        }}
      >
        {!target && <option value={axis.target}>{axis.target}</option>}
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {targets
              .filter((t) => t.group === g)
              .map((t) => (
                <option key={t.target} value={t.target}>
                  {g} · {t.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {onRemove && (
        <button type="button" className="button button--icon session__remove" aria-label={`Remove ${name.toLowerCase()}`} title="Remove this axis" onClick={onRemove}>
          ×
        </button>
      )}
      <div className="sweep__values">
        {target?.hint && <span className="session__note sweep__hint">{target.hint}</span>}
        {target && (target.kind === 'choice' || target.kind === 'bool') ? (
          <ChoiceValues name={name} options={target.kind === 'bool' ? [false, true] : (target.options ?? [])} values={axis.values} onChange={(values) => onChange({ ...axis, values })} />
        ) : (
          <NumberValues key={`${axis.target}:${axis.values.map(valueText).join(",")}`} name={name} target={target} values={axis.values} onChange={(values) => onChange({ ...axis, values })} />
        )}
      </div>
    </li>
  );
}

function ChoiceValues({ name, options, values, onChange }: { name: string; options: readonly AttrValue[]; values: readonly AttrValue[]; onChange(values: AttrValue[]): void }) {
  const on = new Set(values.map(valueText));
  return (
    <div className="sweep__choices" role="group" aria-label={`${name} values`}>
      {options.map((o) => {
        const text = valueText(o);
        return (
          <label key={text} className="sweep__choice" data-on={on.has(text) || undefined}>
            <input
              type="checkbox"
              checked={on.has(text)}
              // Kept in the options' order, so the table's rows read as the list does.
              onChange={(e) => onChange(options.filter((x) => (valueText(x) === text ? e.target.checked : on.has(valueText(x)))))}
            />
            {text}
          </label>
        );
      })}
    </div>
  );
}

function NumberValues({ name, target, values, onChange }: { name: string; target: SweepTarget | undefined; values: readonly AttrValue[]; onChange(values: AttrValue[]): void }) {
  const shown = values.map(valueText).join(', ');
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | undefined>();
  const commit = () => {
    const typed = target ?? numberTargetOf(values);
    const parsed = typed ? parseNumbers(typed, draft) : 'pick what to vary first';
    if (typeof parsed === 'string') return setProblem(parsed);
    setProblem(undefined);
    if (parsed.join(',') !== values.join(',')) onChange(parsed);
  };
  return (
    <>
      <input
        className="input sweep__numbers"
        aria-label={`${name} values`}
        aria-invalid={problem !== undefined || undefined}
        title="Values to try, separated by commas: 0.01, 0.1, 1"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(shown);
        }}
      />
      {problem && <span className="session__problem">{problem}</span>}
    </>
  );
}
