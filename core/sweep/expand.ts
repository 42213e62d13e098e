/**
 * Expands a sweep into its runs: one document variant per setting of the
 * axes' grid, each trained once per seed. Pure: the document is not changed.
 */
import type { AttrValue, GraphDocument, GraphNode } from '../graph/document.ts';
import { analyze } from '../graph/analyze.ts';
import { findOp } from '../ops/registry.ts';
import { initializerApplier, weightVariables } from './initializerAxis.ts';
import { errorKeys, layerWidth, newErrors, withDims } from './layerWidth.ts';
import { settingLabel, SWEEP_LIMITS, SWEEP_SESSION_SETTINGS, type SweepAxis, type SweepDefinition, sweepSeeds } from './sweep.ts';

/** One setting of the grid: a value per axis, and the document that has them. */
export interface SweepSetting {
  /** `optimizer=Adam`; unique within the sweep. */
  label: string;
  values: { target: string; value: AttrValue }[];
  document: GraphDocument;
}

export interface SweepRun {
  setting: SweepSetting;
  seed: number;
}

export type Expanded = { ok: true; settings: SweepSetting[]; runs: SweepRun[] } | { ok: false; message: string };

/** Every setting and run of `sweep` over `doc`, settings in grid order (first axis slowest), seeds innermost; or what is wrong. */
export function expandSweep(doc: GraphDocument, sweep: SweepDefinition): Expanded {
  const problem = checkShape(sweep);
  if (problem) return { ok: false, message: problem };
  const appliers: ((d: GraphDocument, v: AttrValue) => GraphDocument)[] = [];
  for (const axis of sweep.axes) {
    const apply = applierOf(doc, axis);
    if (typeof apply === 'string') return { ok: false, message: apply };
    appliers.push(apply);
  }
  let grid: { values: { target: string; value: AttrValue }[]; document: GraphDocument }[] = [{ values: [], document: doc }];
  sweep.axes.forEach((axis, i) => {
    grid = grid.flatMap((g) => axis.values.map((value) => ({ values: [...g.values, { target: axis.target, value }], document: appliers[i](g.document, value) })));
  });
  const settings = grid.map((g) => ({ ...g, label: settingLabel(g.values) }));
  const runs = settings.flatMap((setting) => sweepSeeds(sweep).map((seed) => ({ setting, seed })));
  return { ok: true, settings, runs };
}

function checkShape(sweep: SweepDefinition): string | undefined {
  const { axes, seeds } = sweep;
  if (axes.length < 1 || axes.length > SWEEP_LIMITS.axes) return `a sweep has one or two axes, got ${axes.length}`;
  if (!Number.isSafeInteger(seeds) || seeds < 1 || seeds > SWEEP_LIMITS.seeds) return `seeds must be a whole number from 1 to ${SWEEP_LIMITS.seeds}, got ${seeds}`;
  for (const axis of axes) {
    if (axis.values.length < 1 || axis.values.length > SWEEP_LIMITS.values) return `axis ${axis.target} needs 1 to ${SWEEP_LIMITS.values} values, got ${axis.values.length}`;
    const texts = axis.values.map((v) => JSON.stringify(v));
    if (new Set(texts).size !== texts.length) return `axis ${axis.target} lists a value twice`;
  }
  if (axes.length === 2 && axes[0].target === axes[1].target) return `both axes vary ${axes[0].target}; vary two different settings`;
  const runs = axes.reduce((n, a) => n * a.values.length, seeds);
  if (runs > SWEEP_LIMITS.runs) return `the sweep has ${runs} runs, more than ${SWEEP_LIMITS.runs}; use fewer values or seeds`;
  return undefined;
}

/** How to put one axis value into a document, or why the axis names nothing. */
function applierOf(doc: GraphDocument, axis: SweepAxis): ((d: GraphDocument, v: AttrValue) => GraphDocument) | string {
  const target = axis.target;
  const session = target.startsWith('session.') ? target.slice('session.'.length) : !target.includes('.') ? target : undefined;
  if (session !== undefined && (SWEEP_SESSION_SETTINGS as readonly string[]).includes(session)) {
    const bad = axis.values.find((v) => typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1);
    if (bad !== undefined) return `${target} takes whole numbers of at least 1, got ${JSON.stringify(bad)}`;
    return (d, v) => ({ ...d, session: { fetches: [], feeds: {}, ...d.session, [session]: v } });
  }
  if (target === 'initializer' && weightVariables(doc).length > 0) return initializerApplier(target, weightVariables(doc).map((n) => n.id), axis.values);
  const dot = target.lastIndexOf('.');
  if (dot < 0) {
    const holders = doc.nodes.filter((n) => Object.hasOwn(n.attrs, target));
    if (holders.length !== 1)
      return holders.length === 0
        ? `no node has an attribute "${target}"; name it as NODE.ATTR (e.g. train.learningRate) or use a session setting (${SWEEP_SESSION_SETTINGS.join(', ')})`
        : `${holders.length} nodes have "${target}" (${holders.map((n) => n.name).join(', ')}); name one as NODE.${target}`;
    // As if named NODE.ATTR, so a lone Variable's initializer is one too.
    return applierOf(doc, { ...axis, target: `${holders[0].name}.${target}` });
  }
  const [name, attr] = [target.slice(0, dot), target.slice(dot + 1)];
  if (attr === 'units') return widthApplier(doc, name, axis);
  const node = doc.nodes.find((n) => n.name === name);
  if (!node) return `axis ${target}: there is no node named "${name}"`;
  if (attr === 'initializer' && node.op === 'Variable') return initializerApplier(target, [node.id], axis.values);
  if (attr === 'op') {
    const bad = axis.values.find((v) => typeof v !== 'string');
    if (bad !== undefined) return `${target} takes op kinds such as Relu, got ${JSON.stringify(bad)}`;
  }
  const def = findOp(node.op);
  if (def && !Object.hasOwn(def.attrs, attr) && def.inputs.some((i) => i.name === attr && !i.variadic && !i.internal)) return rewirer(doc, node, attr, axis);
  return setter(node.id, attr);
}

/**
 * `NODE.INPUT` over node names: each value rewires that input to the named
 * node's first output, so one graph can hold alternatives side by side (six
 * activations of one layer) and the sweep picks the one that feeds it.
 */
function rewirer(doc: GraphDocument, node: GraphNode, input: string, axis: SweepAxis): ((d: GraphDocument, v: AttrValue) => GraphDocument) | string {
  const target = axis.target;
  if (!doc.edges.some((e) => e.target === node.id && e.targetInput === input)) return `axis ${target}: nothing is wired into input ${input} of ${node.name}; wire one of the alternatives into it first`;
  const sources = new Map<AttrValue, { id: string; output: string }>();
  for (const value of axis.values) {
    const source = typeof value === 'string' ? doc.nodes.find((n) => n.name === value) : undefined;
    if (!source) return `axis ${target} takes the names of nodes to wire into ${input}; there is no node named ${JSON.stringify(value)}`;
    const output = findOp(source.op)?.outputs[0]?.name;
    if (output === undefined) return `axis ${target}: ${source.op} "${source.name}" has no output to wire into ${node.name}`;
    if (source.id === node.id) return `axis ${target}: ${node.name} cannot feed itself`;
    sources.set(value, { id: source.id, output });
  }
  return (d, v) => {
    const s = sources.get(v)!;
    return { ...d, edges: d.edges.map((e) => (e.target === node.id && e.targetInput === input ? { ...e, source: s.id, sourceOutput: s.output } : e)) };
  };
}

/**
 * `LAYER.units`: each value becomes the layer's width, and every Variable
 * dimension tied to it (its W columns, its bias, the next W's rows) follows;
 * each width is checked against shape inference now, not at training.
 */
function widthApplier(doc: GraphDocument, name: string, axis: SweepAxis): ((d: GraphDocument, v: AttrValue) => GraphDocument) | string {
  const bad = axis.values.find((v) => typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1);
  if (bad !== undefined) return `${axis.target} takes whole numbers of units of at least 1, got ${JSON.stringify(bad)}`;
  const layer = layerWidth(doc, name);
  if (typeof layer === 'string') return layer;
  const before = new Set(errorKeys(analyze(doc).diagnostics));
  for (const v of axis.values) {
    const problem = newErrors(analyze(withDims(doc, layer.dims, v as number)).diagnostics, before)[0];
    if (problem) return `${axis.target}=${v}: ${problem.message}`;
  }
  return (d, v) => withDims(d, layer.dims, v as number);
}

/** Sets `attr` (or the op kind for `op`) of node `id` in a copy of the document. */
function setter(id: string, attr: string): (d: GraphDocument, v: AttrValue) => GraphDocument {
  const change = (n: GraphNode, v: AttrValue): GraphNode => (attr === 'op' ? { ...n, op: v as string } : { ...n, attrs: { ...n.attrs, [attr]: v } });
  return (d, v) => ({ ...d, nodes: d.nodes.map((n) => (n.id === id ? change(n, v) : n)) });
}
