import { describe, expect, it } from 'vitest';
import { GraphBuilder, type NodeHandle } from '../../test/graphBuilder.ts';
import { type Diagnostic, DiagnosticCode, formatDiagnostic } from './diagnostics.ts';
import { FORMAT_ID, FORMAT_VERSION, type GraphDocument } from './document.ts';
import { loadDocumentText, type LoadResult, parseDocument } from './load.ts';

/** Codes raised outside load + analyze, and tested where they are raised. */
const TESTED_ELSEWHERE: readonly string[] = [DiagnosticCode.GradientStopped, DiagnosticCode.NoGradient, DiagnosticCode.MemoryBudget];

interface Case {
  code: DiagnosticCode;
  what: string;
  load: () => LoadResult;
  /** The node the diagnostic must point at, and the name its message must say. */
  node?: { id: string; name: string };
  message?: RegExp;
}

/** A placeholder X [?,3] fed inline, so graphs without a deliberate NOT_FED stay quiet. */
function withInput(): { g: GraphBuilder; x: NodeHandle } {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null, 3] }, 'X');
  g.session = { fetches: [], feeds: { [x.id]: { kind: 'inline', value: [[1, 2, 3]] } } };
  return { g, x };
}

function load(doc: GraphDocument | Record<string, unknown>): LoadResult {
  return parseDocument(JSON.parse(JSON.stringify(doc)));
}

/** A raw document with the given nodes and edges. */
function raw(nodes: unknown[], edges: unknown[] = []): Record<string, unknown> {
  return { format: FORMAT_ID, version: FORMAT_VERSION, meta: { title: 't' }, nodes, edges };
}

const node = (id: string, op: string, name: string, attrs: Record<string, unknown> = {}) => ({ id, op, name, attrs, position: { x: 0, y: 0 } });
const edge = (id: string, source: string, sourceOutput: string, target: string, targetInput: string) => ({ id, source, sourceOutput, target, targetInput });

const cases: Case[] = [
  { code: 'NOT_A_DOCUMENT', what: 'text that is not JSON', load: () => loadDocumentText('{"format": "flowboard.graph",'), message: /not valid JSON: .+/ },
  { code: 'NOT_A_DOCUMENT', what: 'a JSON list', load: () => parseDocument([1, 2]), message: /a list of 2, not a Flowboard graph/ },
  { code: 'UNKNOWN_FORMAT', what: 'another program\'s file', load: () => parseDocument({ format: 'excalidraw', version: 2 }), message: /"excalidraw" file, not a Flowboard graph/ },
  {
    code: 'VERSION_TOO_NEW',
    what: 'a file from a newer app',
    load: () => parseDocument({ ...raw([]), version: FORMAT_VERSION + 2 }),
    message: new RegExp(`made by a newer Flowboard \\(format ${FORMAT_VERSION + 2}\\); this app reads up to format ${FORMAT_VERSION}: update Flowboard`),
  },
  { code: 'BAD_FIELD', what: 'a node without an op', load: () => load(raw([{ id: 'n1', name: 'dense1' }])), node: { id: 'n1', name: 'dense1' }, message: /has no op .*dropped/ },
  { code: 'BAD_FIELD', what: 'an attribute that is not a JSON value', load: () => parseDocument(raw([node('n1', 'Constant', 'c', { value: Number.POSITIVE_INFINITY })])), node: { id: 'n1', name: 'c' }, message: /value was dropped because Infinity is not a finite number/ },
  {
    code: 'DUPLICATE_ID',
    what: 'two nodes with one id',
    load: () => load(raw([node('n1', 'Constant', 'first'), node('n1', 'Constant', 'second')])),
    node: { id: 'n1', name: 'second' },
  },
  { code: 'DUPLICATE_NAME', what: 'two nodes with one name', load: () => load(raw([node('n1', 'Constant', 'c'), node('n2', 'Constant', 'c')])), node: { id: 'n2', name: 'c' } },
  { code: 'UNKNOWN_OP', what: 'an op kind that does not exist', load: () => load(raw([node('n1', 'Frobnicate', 'frob')])), node: { id: 'n1', name: 'frob' }, message: /unknown op "Frobnicate"/ },
  {
    code: 'DANGLING_EDGE',
    what: 'an edge from a deleted node',
    load: () => load(raw([node('n1', 'Relu', 'act')], [edge('e1', 'ghost', 'value', 'n1', 'x')])),
    node: { id: 'n1', name: 'act' },
    message: /missing node "ghost"/,
  },
  {
    code: 'UNKNOWN_OUTPUT',
    what: 'an edge from an output the source lacks',
    load: () => load(raw([node('n1', 'Constant', 'c'), node('n2', 'Relu', 'act')], [edge('e1', 'n1', 'nope', 'n2', 'x')])),
    node: { id: 'n1', name: 'c' },
    message: /no output "nope"/,
  },
  {
    code: 'UNKNOWN_INPUT',
    what: 'an extra input',
    load: () => {
      const { g, x } = withInput();
      const w = g.add('Variable', { shape: [3, 1] }, 'W');
      const mm = g.add('MatMul', {}, 'mm', { a: x, b: w });
      g.connect(x, mm, 'c');
      return load(g.doc());
    },
    node: { id: 'n2', name: 'mm' },
    message: /has no input "c"/,
  },
  {
    code: 'MISSING_INPUT',
    what: 'a missing input',
    load: () => {
      const { g, x } = withInput();
      g.add('MatMul', {}, 'mm', { a: x });
      return load(g.doc());
    },
    node: { id: 'n1', name: 'mm' },
    message: /nothing connected to input "b"/,
  },
  {
    code: 'INPUT_GAP',
    what: 'a gap in a variadic input',
    load: () => {
      const { g, x } = withInput();
      const sum = g.add('AddN', {}, 'total');
      g.connect(x, sum, 'inputs:0');
      g.connect(x, sum, 'inputs:2');
      return load(g.doc());
    },
    node: { id: 'n1', name: 'total' },
    message: /gap in its variadic input: slot 1 is empty/,
  },
  {
    code: 'DUPLICATE_INPUT',
    what: 'two edges into one input',
    load: () => {
      const { g, x } = withInput();
      const w = g.add('Variable', { shape: [3, 1] }, 'W');
      const mm = g.add('MatMul', {}, 'mm', { a: x, b: w });
      g.connect(w, mm, 'b');
      return load(g.doc());
    },
    node: { id: 'n2', name: 'mm' },
  },
  {
    code: 'CYCLE',
    what: 'a cycle',
    load: () => load(raw([node('n1', 'Relu', 'a'), node('n2', 'Relu', 'b')], [edge('e1', 'n1', 'y', 'n2', 'x'), edge('e2', 'n2', 'y', 'n1', 'x')])),
    node: { id: 'n1', name: 'a' },
    message: /part of a cycle/,
  },
  {
    code: 'BAD_ATTR',
    what: 'a bad attr value',
    load: () => load(raw([node('n1', 'Variable', 'W', { shape: [3, -2] })])),
    node: { id: 'n1', name: 'W' },
    message: /attribute shape dimension -2 is out of range/,
  },
  {
    code: 'SHAPE_MISMATCH',
    what: 'MatMul with clashing inner dimensions',
    load: () => {
      const { g, x } = withInput();
      const w = g.add('Variable', { shape: [2, 1] }, 'W');
      g.add('MatMul', {}, 'logits', { a: x, b: w });
      return load(g.doc());
    },
    node: { id: 'n2', name: 'logits' },
    message: /MatMul \[\?,3\] x \[2,1\]: inner dimensions 3 and 2 differ/,
  },
  {
    code: 'DTYPE_MISMATCH',
    what: 'adding float32 to int32',
    load: () => {
      const g = new GraphBuilder();
      const a = g.add('Constant', { value: 1 }, 'a');
      const b = g.add('Constant', { value: 2, dtype: 'int32' }, 'b');
      g.add('Add', {}, 'sum', { x: a, y: b });
      return load(g.doc());
    },
    node: { id: 'n2', name: 'sum' },
    message: /float32 and int32/,
  },
  {
    code: 'DTYPE_MISMATCH',
    what: 'a bool into MatMul',
    load: () => {
      const g = new GraphBuilder();
      const a = g.add('Placeholder', { shape: [2, 2], dtype: 'bool' }, 'mask');
      g.add('MatMul', {}, 'mm', { a, b: a });
      g.session = { fetches: [], feeds: { [a.id]: { kind: 'inline', value: [[true, false], [false, true]] } } };
      return load(g.doc());
    },
    node: { id: 'n1', name: 'mm' },
    message: /input a must be float32 or int32, got bool/,
  },
  {
    code: 'PLACEHOLDER_NOT_FED',
    what: 'a placeholder with no feed',
    load: () => {
      const g = new GraphBuilder();
      g.add('Placeholder', { shape: [null, 784] }, 'images');
      return load(g.doc());
    },
    node: { id: 'n0', name: 'images' },
  },
  {
    code: 'BAD_SESSION',
    what: 'a session feeding a Variable',
    load: () => {
      const { g } = withInput();
      const w = g.add('Variable', { shape: [3, 1] }, 'W');
      g.session!.feeds[w.id] = { kind: 'inline', value: [[1], [2], [3]] };
      return load(g.doc());
    },
    node: { id: 'n1', name: 'W' },
    message: /only Placeholders are fed/,
  },
  {
    code: 'BAD_BINDING',
    what: 'bound data of the wrong shape',
    load: () => {
      const { g, x } = withInput();
      g.session!.feeds[x.id] = { kind: 'inline', value: [[1, 2]] };
      return load(g.doc());
    },
    node: { id: 'n0', name: 'X' },
    message: /Placeholder "X" takes \[\?,3\] float32, but the data bound to it \(inline data\) is \[1,2\]: dimension 1 is 2 where the Placeholder has 3/,
  },
  {
    code: 'TENSOR_TOO_LARGE',
    what: 'a Variable with more elements than a tensor holds',
    load: () => {
      const g = new GraphBuilder();
      g.add('Variable', { shape: [100_000, 100_000] }, 'huge');
      return load(g.doc());
    },
    node: { id: 'n0', name: 'huge' },
    message: /\[100000,100000\] float32: 10000000000 elements/,
  },
];

function find(result: LoadResult, c: Case): Diagnostic | undefined {
  return result.diagnostics.find((d) => d.code === c.code && (c.node === undefined || d.nodeId === c.node.id) && (c.message === undefined || c.message.test(d.message)));
}

describe('diagnostics', () => {
  for (const c of cases) {
    it(`${c.code}: ${c.what}`, () => {
      const result = c.load();
      const d = find(result, c);
      expect(d, `no ${c.code} among:\n${result.diagnostics.map((x) => formatDiagnostic(x)).join('\n')}`).toBeDefined();
      if (c.node) expect(d!.message).toContain(`"${c.node.name}"`);
      expect(d!.message.length).toBeGreaterThan(10);
      expect(d!.fix, 'every diagnostic says how to fix it').toMatch(/\w/);
    });
  }

  it('has a case for every code', () => {
    const covered = new Set<string>([...cases.map((c) => c.code), ...TESTED_ELSEWHERE]);
    expect(Object.values(DiagnosticCode).filter((code) => !covered.has(code))).toEqual([]);
  });

  it('gives one diagnostic for one mistake: nodes downstream of a bad MatMul stay quiet', () => {
    const { g, x } = withInput();
    const w = g.add('Variable', { shape: [2, 1] }, 'W');
    const mm = g.add('MatMul', {}, 'logits', { a: x, b: w });
    g.add('Relu', {}, 'act', { x: mm });
    const errors = load(g.doc()).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toEqual(['SHAPE_MISMATCH']);
  });

  it('reports only the nodes on a cycle, not those behind or between cycles', () => {
    // a <-> b, then `between`, then the loop c -> d -> c, then `after`; `self` feeds itself.
    const nodes = [node('a', 'Relu', 'a'), node('b', 'Relu', 'b'), node('between', 'Relu', 'between'), node('c', 'Add', 'c'), node('d', 'Relu', 'd'), node('after', 'Relu', 'after'), node('self', 'Add', 'self')];
    const edges = [
      edge('e1', 'a', 'y', 'b', 'x'),
      edge('e2', 'b', 'y', 'a', 'x'),
      edge('e3', 'b', 'y', 'between', 'x'),
      edge('e4', 'between', 'y', 'c', 'x'),
      edge('e5', 'd', 'y', 'c', 'y'),
      edge('e6', 'c', 'z', 'd', 'x'),
      edge('e7', 'd', 'y', 'after', 'x'),
      edge('e8', 'self', 'z', 'self', 'x'),
      edge('e9', 'after', 'y', 'self', 'y'),
    ];
    const cyclic = load(raw(nodes, edges)).diagnostics.filter((d) => d.code === 'CYCLE').map((d) => d.nodeId);
    expect(cyclic.sort()).toEqual(['a', 'b', 'c', 'd', 'self']);
  });
});
