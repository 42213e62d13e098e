/** The XOR table of lessons 5 to 7: four examples of two inputs, labelled 1 where exactly one input is 1. */
import { useState } from 'react';
import { useDocument } from '../store/hooks.ts';
import { BindActions } from './BindActions.tsx';
import { labelValue, XOR_CLASSES, XOR_INPUTS } from './builtinData.ts';
import { guessRoles } from './placeholders.ts';
import { RolePicker } from './RolePicker.tsx';
import type { SourceProps } from './sourceProps.ts';

/** The XOR binder: which Placeholder takes the inputs and which the labels. */
export function XorSource({ placeholders, evaluation, onDone }: SourceProps) {
  const doc = useDocument();
  const [roles, setRoles] = useState(() => guessRoles(doc, placeholders));
  const labels = placeholders.find((p) => p.id === roles.labels);
  const bindings =
    roles.inputs === undefined && roles.labels === undefined
      ? { hint: 'Pick the Placeholders for the inputs and the labels.' }
      : {
          ...(roles.inputs !== undefined ? { [roles.inputs]: { kind: 'inline' as const, value: XOR_INPUTS } } : {}),
          ...(labels ? { [labels.id]: { kind: 'inline' as const, value: labelValue(XOR_CLASSES, labels) } } : {}),
        };
  return (
    <div className="bind__xor">
      <div className="bind__split">
        <table className="bind__grid bind__xor-table" aria-label="The XOR table">
          <thead>
            <tr>
              <th>x1</th>
              <th>x2</th>
              <th>y</th>
            </tr>
          </thead>
          <tbody>
            {XOR_INPUTS.map(([a, b], i) => (
              <tr key={i}>
                <td>{a}</td>
                <td>{b}</td>
                <td>{XOR_CLASSES[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="bind__roles">
          <RolePicker label="Inputs x1, x2" placeholders={placeholders} value={roles.inputs} onChange={(inputs) => setRoles({ ...roles, inputs })} />
          <RolePicker label="Labels y" placeholders={placeholders} value={roles.labels} onChange={(l) => setRoles({ ...roles, labels: l })} />
          <p className="bind__hint">A labels Placeholder of width 2 gets the labels one-hot: [1, 0] for 0, [0, 1] for 1.</p>
        </div>
      </div>
      <BindActions bindings={bindings} evaluation={evaluation} onDone={onDone} />
    </div>
  );
}
