/**
 * What a sweep axis can vary in a document, as the Session panel offers it:
 * each node's number, choice and true/false attributes (learning rate,
 * optimizer, a Constant's keep probability), an activation node's op kind,
 * a Variable's initializer (or every weight matrix's), a hidden layer's
 * width, and the session's length and batch size. With their values parsed from
 * what the user types and a first guess of values to try.
 */
import type { AttrValue, GraphDocument } from '../../core/graph/document.ts';
import { allOps, findOp } from '../../core/ops/registry.ts';
import { SWEEP_INITIALIZER_KINDS } from '../../core/sweep/initializerAxis.ts';
import { runSettingsOf } from '../store/runSettings.ts';
import { allWeightsTarget, initializerKindOf, widthTarget } from './layerTargets.ts';

export interface SweepTarget {
  /** As the sweep names it: `train.learningRate`, `layer1.op`, `session.batchSize`. */
  target: string;
  /** The node's name, or "Session". */
  group: string;
  /** What varies: `learningRate`, `activation`, `batch size`. */
  label: string;
  /** What else it changes, shown under the picker (a width's tied shapes). */
  hint?: string;
  kind: 'float' | 'int' | 'bool' | 'choice';
  /** The choices of a `choice` target. */
  options?: readonly string[];
  /** Its value now; undefined for a batch size of all the data. */
  current: AttrValue | undefined;
}

/** The op kinds an activation node can become: the one-input activations. */
export function activationKinds(): string[] {
  return allOps()
    .filter((op) => op.category === 'activations' && op.inputs.filter((i) => !i.internal).length === 1)
    .map((op) => op.kind);
}

/** Every target of `doc`: the session's first, then the nodes' by name. */
export function sweepTargets(doc: GraphDocument): SweepTarget[] {
  const settings = runSettingsOf(doc);
  const out: SweepTarget[] = [
    { target: `session.${settings.mode}`, group: 'Session', label: settings.mode, kind: 'int', current: settings.count },
    { target: 'session.batchSize', group: 'Session', label: 'batch size', kind: 'int', current: settings.batchSize },
  ];
  const weights = allWeightsTarget(doc);
  if (weights) out.push(weights);
  const activations = activationKinds();
  for (const node of [...doc.nodes].sort((a, b) => a.name.localeCompare(b.name))) {
    const op = findOp(node.op);
    if (!op || op.category === 'internal') continue;
    if (activations.includes(node.op)) out.push({ target: `${node.name}.op`, group: node.name, label: 'activation', kind: 'choice', options: activations, current: node.op });
    const width = node.op === 'Variable' ? widthTarget(doc, node) : undefined;
    if (width) out.push(width);
    for (const [attr, spec] of Object.entries(op.attrs)) {
      const current = node.attrs[attr] ?? (spec.default as AttrValue);
      const base = { target: `${node.name}.${attr}`, group: node.name, label: attr, current };
      if (spec.type === 'float' || spec.type === 'int' || spec.type === 'bool') out.push({ ...base, kind: spec.type });
      else if (spec.type === 'enum') out.push({ ...base, kind: 'choice', options: spec.options });
      else if (spec.type === 'initializer') out.push({ ...base, kind: 'choice', options: SWEEP_INITIALIZER_KINDS, current: initializerKindOf(node) });
      // A Constant's scalar value: a keep probability, a learning rate kept as a node.
      else if (spec.type === 'tensor' && typeof current === 'number') out.push({ ...base, kind: 'float' });
    }
  }
  return out;
}

/** The target an axis names: exactly, or by a bare name (`optimizer`, `steps`) as the CLI takes it when one target has it. */
export function findTarget(targets: readonly SweepTarget[], name: string): SweepTarget | undefined {
  const exact = targets.find((t) => t.target === name);
  if (exact || name.includes('.')) return exact;
  const bare = targets.filter((t) => t.target === `session.${name}` || (t.group !== 'Session' && t.target.endsWith(`.${name}`)));
  return bare.length === 1 ? bare[0] : undefined;
}

/**
 * What an axis saved under a name the list does not hold (`layer1.units`,
 * typed in the CLI for W1's width) takes: numbers of the kind it has; undefined when its values are not numbers.
 */
export function numberTargetOf(values: readonly AttrValue[]): SweepTarget | undefined {
  if (values.length === 0 || !values.every((v) => typeof v === 'number')) return undefined;
  return { target: '', group: '', label: '', kind: values.every((v) => Number.isSafeInteger(v)) ? 'int' : 'float', current: undefined };
}

/** The values typed for a number target (`0.01, 0.1, 1`), or why they are not numbers. */
export function parseNumbers(target: SweepTarget, text: string): number[] | string {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.length === 0) return 'give at least one value';
  const values = parts.map(Number);
  const bad = parts.find((p, i) => !Number.isFinite(values[i]) || (target.kind === 'int' && !Number.isSafeInteger(values[i])));
  if (bad !== undefined) return `"${bad}" is not ${target.kind === 'int' ? 'a whole number' : 'a number'}`;
  return values;
}

/** A first set of values to try: the value now and one or two around it. */
export function suggestedValues(target: SweepTarget): AttrValue[] {
  const { current } = target;
  if (target.kind === 'bool') return [false, true];
  if (target.kind === 'choice') {
    const options = target.options ?? [];
    // The comparison a lesson makes: GradientDescent vs Adam, Sigmoid vs Relu, random_normal vs Xavier.
    const other = ['Adam', 'Relu', 'glorotUniform', 'randomNormal'].find((o) => o !== current && options.includes(o)) ?? options.find((o) => o !== current);
    return [current ?? options[0], ...(other === undefined ? [] : [other])].filter((v) => v !== undefined);
  }
  if (typeof current !== 'number') return target.target === 'session.batchSize' ? [1, 2, 4] : [1];
  if (target.kind === 'int') return [...new Set([Math.max(1, Math.round(current / 2)), current, current * 2])];
  // Learning rates and the like are tried a decade apart; a probability stays within (0, 1].
  if (current > 0 && current <= 1 && /prob|keep/i.test(target.target)) return [...new Set([Number((current / 2).toPrecision(2)), current, 1])];
  return current === 0 ? [0, 0.1, 1] : [Number((current / 10).toPrecision(3)), current, Number((current * 10).toPrecision(3))];
}

/** How a value is shown and typed back. */
export function valueText(v: AttrValue): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
