import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import { addNode } from '../store/commands/addNode.ts';
import { connect } from '../store/commands/connect.ts';
import { dense } from '../store/commands/fixtures.ts';
import { moveNodes } from '../store/commands/moveNodes.ts';
import { deriveFlowEdges } from './flowEdges.ts';
import { deriveFlowNodes, type FlowNodeCache } from './flowNodes.ts';

const view = { selected: new Set<string>(), dragPositions: {}, measured: {} };

describe('deriveFlowNodes', () => {
  it('shows name, op, ports and the output shape of each node', () => {
    const doc = dense();
    const y = deriveFlowNodes({ doc, analysis: analyze(doc), ...view }).find((n) => n.data.name === 'y')!;
    expect(y.data).toMatchObject({ op: 'MatMul', category: 'math', inputs: [{ slot: 'a' }, { slot: 'b' }], outputs: [{ name: 'product', shape: '[?,3]', dtype: 'float32' }], errors: [] });
  });

  it('carries the error diagnostics of a broken node', () => {
    const doc = dense();
    const [w, y] = ['W', 'y'].map((n) => doc.nodes.find((x) => x.name === n)!);
    const r = connect(doc, { source: w.id, sourceOutput: 'value', target: y.id, targetInput: 'a' });
    if (!r.ok) throw new Error(r.error);
    const node = deriveFlowNodes({ doc: r.doc, analysis: analyze(r.doc), ...view }).find((n) => n.id === y.id)!;
    expect(node.data.errors.map((d) => d.message)).toEqual(['"y": MatMul [2,3] x [2,3]: inner dimensions 3 and 2 differ']);
    expect(node.data.outputs[0].shape).toBe('');
  });

  it('lists unwired inputs as missing rather than as errors', () => {
    const doc = dense();
    const r = addNode(doc, { op: 'MatMul', position: { x: 0, y: 0 } });
    if (!r.ok) throw new Error(r.error);
    const node = deriveFlowNodes({ doc: r.doc, analysis: analyze(r.doc), ...view }).find((n) => n.id === r.value)!;
    expect(node.data.missing).toEqual(['a', 'b']);
    expect(node.data.errors).toEqual([]);
  });

  it('uses the drag position while dragging and the measured size once known', () => {
    const doc = dense();
    const id = doc.nodes[0].id;
    const [node] = deriveFlowNodes({ doc, analysis: analyze(doc), selected: new Set([id]), dragPositions: { [id]: { x: 9, y: 9 } }, measured: { [id]: { width: 180, height: 90 } } });
    expect(node).toMatchObject({ position: { x: 9, y: 9 }, selected: true, measured: { width: 180, height: 90 } });
  });

  it('keeps the objects of nodes an edit did not touch', () => {
    const doc = dense();
    const cache: FlowNodeCache = new Map();
    const first = deriveFlowNodes({ doc, analysis: analyze(doc), ...view }, cache);
    const moved = moveNodes(doc, { positions: { [doc.nodes[3].id]: { x: 1, y: 1 } } });
    if (!moved.ok) throw new Error(moved.error);
    const second = deriveFlowNodes({ doc: moved.doc, analysis: analyze(moved.doc), ...view }, cache);
    expect(second.slice(0, 3)).toEqual(first.slice(0, 3));
    second.slice(0, 3).forEach((n, i) => expect(n).toBe(first[i]));
    expect(second[3]).not.toBe(first[3]);
  });
});

describe('deriveFlowEdges', () => {
  it('labels each edge with the shape it carries and wires handles by port name', () => {
    const doc = dense();
    const edges = deriveFlowEdges(doc, analyze(doc), new Set());
    expect(edges.map((e) => [e.sourceHandle, e.targetHandle, e.label])).toEqual([
      ['value', 'a', '[?,2]'],
      ['value', 'b', '[2,3]'],
      ['product', 'x', '[?,3]'],
    ]);
  });

  it('keeps the objects of edges whose label did not change, and makes new ones for those whose did', () => {
    const doc = dense();
    const cache = new Map();
    const first = deriveFlowEdges(doc, analyze(doc), new Set(), cache);
    const w = doc.nodes.find((n) => n.name === 'W')!;
    const edited = { ...doc, nodes: doc.nodes.map((n) => (n === w ? { ...n, attrs: { ...n.attrs, shape: [2, 5] } } : n)) };
    const second = deriveFlowEdges(edited, analyze(edited), new Set(), cache);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[2].label).toBe('[?,5]');
  });
});

