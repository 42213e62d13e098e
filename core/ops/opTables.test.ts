/**
 * The per-op tables are one checked set: every kind of OP_KINDS has a
 * definition, a lowering, a gradient, a Python export, a TF.js export and an
 * importer mapping, or a stated reason for lacking one, and never both.
 */
import { describe, expect, it } from 'vitest';
import { GRADIENT_NOT_NEEDED, NON_DIFFERENTIABLE } from '../autodiff/noGradient.ts';
import { findGradient } from '../autodiff/registry.ts';
import { ExportError } from '../codegen/export/exportError.ts';
import type { ExportNode } from '../codegen/export/exportGraph.ts';
import { PYTHON_NOT_WRITTEN, pythonExpression } from '../codegen/export/pythonOps.ts';
import { TFJS_NOT_WRITTEN, tfjsExpression } from '../codegen/export/tfjsOps.ts';
import { importPython } from '../codegen/python/importPython.ts';
import { NOT_IMPORTED } from '../codegen/python/notImported.ts';
import { findLowering, NOT_LOWERED } from '../compile/registry.ts';
import { NO_TF_OP, TF_APPLY_OPS, TF_OP_NAMES } from '../summary/eventFile/tfOpNames.ts';
import { OP_KINDS, type OpKind } from './opKinds.ts';
import { allOps, getOp } from './registry.ts';

const reason = (table: Partial<Record<OpKind, string>>, kind: OpKind) => table[kind];

/** A node of `kind` with every attr at its default and one identifier per input (two for a variadic one). */
function sampleNode(kind: OpKind): ExportNode {
  const def = getOp(kind);
  const attrs = Object.fromEntries(Object.entries(def.attrs).map(([name, spec]) => [name, structuredClone(spec.default)]));
  const inputs = Object.fromEntries(def.inputs.map((spec) => [spec.name, spec.variadic ? [`${spec.name}0`, `${spec.name}1`] : spec.name]));
  return { id: 'n1', op: kind, name: 'out', ident: 'out', attrs, inputs, types: [], opSeed: 1 };
}

/** The generator's text for `kind`, or undefined where it says it does not write that kind. */
function written(write: (n: ExportNode) => string, kind: OpKind): string | undefined {
  try {
    return write(sampleNode(kind));
  } catch (e) {
    if (e instanceof ExportError && /does not write yet/.test(e.message)) return undefined;
    throw e;
  }
}

/** Kinds written outside pythonExpression, as a course program writes them. */
const PROGRAMS: Partial<Record<OpKind, string>> = {
  // The Python export writes a Flatten as tf.reshape (it must run on Keras 3, which has no compat.v1 layers); TF1 code writes tf.layers.flatten.
  Flatten: 'out = tf.layers.flatten(x)\n',
  Minimize: 'x = tf.placeholder(tf.float32)\nw = tf.Variable(tf.zeros([1]))\nloss = tf.reduce_sum(x * w)\nout = tf.train.GradientDescentOptimizer(0.1).minimize(loss)\n',
};

/** A TF1 program making a node of `kind`: placeholders for its inputs, then the Python export's line for it. */
function programFor(kind: OpKind): string | undefined {
  const line = PROGRAMS[kind] ?? (written(pythonExpression, kind) === undefined ? undefined : `out = ${written(pythonExpression, kind)}\n`);
  if (line === undefined) return undefined;
  const feeds = getOp(kind).inputs.flatMap((spec) => {
    const dtype = spec.dtypes?.includes('float32') === false ? spec.dtypes[0] : 'float32';
    const names = spec.variadic ? [`${spec.name}0`, `${spec.name}1`] : [spec.name];
    return names.map((name) => `${name} = tf.placeholder(tf.${dtype})\n`);
  });
  return `import tensorflow as tf\n${feeds.join('')}${line}`;
}

describe('the per-op tables', () => {
  it('registers one definition per kind of OP_KINDS, in its order', () => {
    expect(allOps().map((op) => op.kind)).toEqual([...OP_KINDS]);
  });

  it.each(OP_KINDS)('%s has a lowering or a reason for none, not both', (kind) => {
    expect([findLowering(kind) !== undefined, reason(NOT_LOWERED, kind) !== undefined].filter(Boolean)).toHaveLength(1);
    expect(findLowering(kind)?.kind ?? kind).toBe(kind);
  });

  it.each(OP_KINDS)('%s has a gradient or one reason for none', (kind) => {
    const found = [findGradient(kind) !== undefined, reason(NON_DIFFERENTIABLE, kind) !== undefined, reason(GRADIENT_NOT_NEEDED, kind) !== undefined];
    expect(found.filter(Boolean)).toHaveLength(1);
    expect(findGradient(kind)?.kind ?? kind).toBe(kind);
  });

  it.each(OP_KINDS)('%s is written by the Python export or says why not', (kind) => {
    expect({ written: written(pythonExpression, kind) !== undefined, reason: reason(PYTHON_NOT_WRITTEN, kind) }).toEqual(
      reason(PYTHON_NOT_WRITTEN, kind) === undefined ? { written: true, reason: undefined } : { written: false, reason: expect.any(String) },
    );
  });

  it.each(OP_KINDS)('%s is written by the TF.js export or says why not', (kind) => {
    const tfjs = (n: ExportNode) => tfjsExpression(n, () => {});
    expect({ written: written(tfjs, kind) !== undefined, reason: reason(TFJS_NOT_WRITTEN, kind) }).toEqual(
      reason(TFJS_NOT_WRITTEN, kind) === undefined ? { written: true, reason: undefined } : { written: false, reason: expect.any(String) },
    );
  });

  it.each(OP_KINDS)("%s has a TF op name for TensorBoard's graph, or is one TF1 builds from several ops", (kind) => {
    const named = kind in TF_OP_NAMES || (kind === 'ApplyGradient' && Object.keys(TF_APPLY_OPS).length > 0);
    const several = NO_TF_OP.includes(kind);
    expect([named, several].filter(Boolean)).toHaveLength(1);
  });

  it.each(OP_KINDS)('%s is read back by the Python importer or says why not', (kind) => {
    const program = programFor(kind);
    const notImported = reason(NOT_IMPORTED, kind);
    if (notImported !== undefined) {
      expect(program, `${kind} has a reason in NOT_IMPORTED but the Python export writes it: import it, or drop the reason`).toBeUndefined();
      return;
    }
    expect(program, `${kind}: the Python export does not write it and NOT_IMPORTED gives no reason`).toBeDefined();
    const { document, diagnostics } = importPython(program!);
    const made = document.nodes.find((n) => n.name === 'out');
    expect(made?.op, `${program}\n${diagnostics.map((d) => d.message).join('\n')}`).toBe(kind);
  });
});
