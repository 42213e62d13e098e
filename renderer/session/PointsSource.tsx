/**
 * Points clicked on a plane in two classes: a two-input dataset the
 * decision-boundary panel draws the model's answer over. A click adds a point
 * of the chosen class; a click on a point removes it.
 */
import { type MouseEvent, useState } from 'react';
import { useDocument } from '../store/hooks.ts';
import { BindActions } from './BindActions.tsx';
import { type ClassPoint, pointsFrom, pointsValues } from './builtinData.ts';
import { guessRoles } from './placeholders.ts';
import { RolePicker } from './RolePicker.tsx';
import type { SourceProps } from './sourceProps.ts';

const SIZE = 260;
/** The plane shown: x1 and x2 from -0.25 to 1.25, XOR's corners well inside. */
const LOW = -0.25;
const HIGH = 1.25;
const toPx = (v: number) => ((v - LOW) / (HIGH - LOW)) * SIZE;
const fromPx = (px: number) => LOW + (px / SIZE) * (HIGH - LOW);
/** Clicks land on a 0.05 grid, so points have short coordinates (+ 0 turns -0 into 0). */
const snap = (v: number) => Math.round(v * 20) / 20 + 0;

/** The point editor. */
export function PointsSource({ placeholders, evaluation, onDone }: SourceProps) {
  const doc = useDocument();
  const [roles, setRoles] = useState(() => guessRoles(doc, placeholders));
  const feeds = (evaluation ? doc.session?.evalFeeds : doc.session?.feeds) ?? {};
  const inline = (id: string | undefined) => {
    const b = id === undefined ? undefined : feeds[id];
    return b?.kind === 'inline' ? b.value : undefined;
  };
  const [points, setPoints] = useState<ClassPoint[]>(() => pointsFrom(inline(roles.inputs), inline(roles.labels)));
  const [label, setLabel] = useState<0 | 1>(1);
  const labels = placeholders.find((p) => p.id === roles.labels);

  const click = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    // The box includes the border; the plane is the SIZE x SIZE inside it.
    const border = (box.width - SIZE) / 2;
    const x1 = snap(fromPx(e.clientX - box.left - border));
    const x2 = snap(fromPx(SIZE - (e.clientY - box.top - border)));
    setPoints([...points, { x1, x2, label }]);
  };
  const counts = [0, 1].map((c) => points.filter((p) => p.label === c).length);
  const values = labels ? pointsValues(points, labels) : undefined;
  const bindings =
    points.length === 0
      ? { hint: 'Click on the plane to add points.' }
      : roles.inputs === undefined || !labels || !values
        ? { hint: 'Pick the Placeholders for the inputs and the labels.' }
        : { [roles.inputs]: { kind: 'inline' as const, value: values.inputs }, [labels.id]: { kind: 'inline' as const, value: values.labels } };
  const ticks = [0, 0.5, 1];
  return (
    <div className="bind__points">
      <div className="bind__split">
        <svg className="bind__plane" width={SIZE} height={SIZE} role="img" aria-label={`Points: ${counts[0]} of class 0, ${counts[1]} of class 1`} onClick={click}>
          {ticks.map((t) => (
            <g key={t} className="bind__axis">
              <line x1={toPx(t)} x2={toPx(t)} y1={0} y2={SIZE} />
              <line y1={SIZE - toPx(t)} y2={SIZE - toPx(t)} x1={0} x2={SIZE} />
              <text x={toPx(t) + 3} y={SIZE - 4}>
                {t}
              </text>
              <text x={3} y={SIZE - toPx(t) - 3}>
                {t}
              </text>
            </g>
          ))}
          {points.map((p, i) => (
            <circle
              key={i}
              className={`bind__point bind__point--${p.label}`}
              cx={toPx(p.x1)}
              cy={SIZE - toPx(p.x2)}
              r={6}
              onClick={(e) => {
                e.stopPropagation();
                setPoints(points.filter((_, j) => j !== i));
              }}
            >
              <title>{`(${p.x1}, ${p.x2}) class ${p.label}: click to remove`}</title>
            </circle>
          ))}
        </svg>
        <div className="bind__roles">
          <div className="bind__classes" role="radiogroup" aria-label="Class of the next point">
            {([0, 1] as const).map((c) => (
              <button key={c} type="button" role="radio" aria-checked={label === c} className={`bind__class bind__class--${c}`} onClick={() => setLabel(c)}>
                <span className={`bind__swatch bind__point--${c}`} aria-hidden /> class {c} ({counts[c]})
              </button>
            ))}
          </div>
          <button type="button" className="button" disabled={points.length === 0} onClick={() => setPoints([])}>
            Clear
          </button>
          <RolePicker label="Inputs x1, x2" placeholders={placeholders} value={roles.inputs} onChange={(inputs) => setRoles({ ...roles, inputs })} />
          <RolePicker label="Labels (class)" placeholders={placeholders} value={roles.labels} onChange={(l) => setRoles({ ...roles, labels: l })} />
          <p className="bind__hint">Click to add a point of the chosen class; click a point to remove it. Train, then open the Decision boundary tab.</p>
        </div>
      </div>
      <BindActions bindings={bindings} evaluation={evaluation} onDone={onDone} />
    </div>
  );
}
