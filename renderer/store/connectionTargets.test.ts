import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { findOp } from '../../core/ops/registry.ts';
import { inputPorts } from '../canvas/ports.ts';
import { analysisOf } from './analysis.ts';
import { connect } from './commands/connect.ts';
import { concat, dense } from './commands/fixtures.ts';
import { checkConnection } from './connectionCheck.ts';
import { connectionTargets, portKey } from './connectionTargets.ts';

function sample(name: string): GraphDocument {
  return loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document!;
}

/** dense with W wired into y.a: y already has a shape error. */
function broken(): GraphDocument {
  const doc = dense();
  const id = (n: string) => doc.nodes.find((x) => x.name === n)!.id;
  const r = connect(doc, { source: id('W'), sourceOutput: 'value', target: id('y'), targetInput: 'a' });
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}

const docs: [string, () => GraphDocument][] = [
  ['dense', dense],
  ['dense with a shape error', broken],
  ['concat', concat],
  ['xor-nn', () => sample('xor-nn')],
  ['mnist-cnn', () => sample('mnist-cnn')],
];

describe('connectionTargets', () => {
  it.each(docs)('agrees with checkConnection on every output and input of %s', (_, make) => {
    const doc = make();
    const analysis = analysisOf(doc);
    const outputs = doc.nodes.flatMap((n) => findOp(n.op)!.outputs.map((o) => ({ node: n.id, output: o.name })));
    const inputs = doc.nodes.flatMap((n) => inputPorts(findOp(n.op)!, n.id, doc.edges).map((p) => ({ node: n.id, slot: p.slot })));
    for (const o of outputs) {
      const targets = connectionTargets(analysis, { nodeId: o.node, port: o.output, type: 'source' });
      for (const i of inputs) {
        const full = checkConnection(doc, { source: o.node, sourceOutput: o.output, target: i.node, targetInput: i.slot }).ok;
        expect(targets.has(portKey(i.node, i.slot)), `${o.node}.${o.output} -> ${i.node}.${i.slot}`).toBe(full);
      }
    }
    for (const i of inputs) {
      const sources = connectionTargets(analysis, { nodeId: i.node, port: i.slot, type: 'target' });
      for (const o of outputs) {
        const full = checkConnection(doc, { source: o.node, sourceOutput: o.output, target: i.node, targetInput: i.slot }).ok;
        expect(sources.has(portKey(o.node, o.output)), `${i.node}.${i.slot} <- ${o.node}.${o.output}`).toBe(full);
      }
    }
  });

  it('leaves out the MatMul input whose inner dimension disagrees, and the nodes that would close a cycle', () => {
    const doc = dense();
    const id = (n: string) => doc.nodes.find((x) => x.name === n)!.id;
    const targets = connectionTargets(analysisOf(doc), { nodeId: id('W'), port: 'value', type: 'source' });
    expect(targets.has(portKey(id('y'), 'b'))).toBe(true);
    expect(targets.has(portKey(id('y'), 'a'))).toBe(false);
    const fromAct = connectionTargets(analysisOf(doc), { nodeId: id('act'), port: 'y', type: 'source' });
    expect(fromAct.has(portKey(id('act'), 'x'))).toBe(false);
    expect(fromAct.has(portKey(id('y'), 'b'))).toBe(false);
  });
});
