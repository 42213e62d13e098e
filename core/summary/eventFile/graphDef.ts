/**
 * A graph document as the GraphDef TensorBoard's Graphs dashboard draws.
 * Source: tensorflow/core/framework/graph.proto, node_def.proto,
 * attr_value.proto, tensor_shape.proto, types.proto. Field numbers:
 *   GraphDef: node 1 (repeated NodeDef)
 *   NodeDef: name 1, op 2, input 3 (repeated; `name:k` for output k > 0,
 *            `^name` for a control input), attr 5 (map<string, AttrValue>:
 *            repeated entries of key 1, value 2)
 *   AttrValue: list 1, s 2, i 3, type 6, shape 7
 *   AttrValue.ListValue: i 3 (packed int64), shape 7 (repeated)
 *   TensorShapeProto: dim 2 (repeated Dim: size 1), unknown_rank 3
 *   DataType: DT_FLOAT 1, DT_INT32 3, DT_BOOL 10
 * Names keep their scopes (`layer1/W`, `gradients/...`), which the dashboard
 * folds into groups; `_output_shapes` labels the edges with tensor shapes.
 */
import type { GraphAnalysis } from '../../graph/analyze.ts';
import type { DType, Shape } from '../../graph/shape.ts';
import { ProtoWriter } from './protobuf.ts';
import { tfOpName } from './tfOpNames.ts';

const DATA_TYPES: Record<DType, number> = { float32: 1, int32: 3, bool: 10 };

/** TF's node names: `[A-Za-z0-9.][A-Za-z0-9_.\-/>]*`. */
const VALID = /^[A-Za-z0-9.][A-Za-z0-9_.\-/>]*$/;

/** The GraphDef's bytes for an analysed document (the training graph, to show the backward pass too). */
export function encodeGraphDef(analysis: GraphAnalysis): Uint8Array {
  const names = tfNames(analysis);
  const w = new ProtoWriter();
  for (const id of analysis.order) {
    const entry = analysis.index.nodes.get(id)!;
    const def = entry.def;
    if (!def) continue;
    const node = new ProtoWriter().string(1, names.get(id)!).string(2, tfOpName(entry.node.op, entry.attrs));
    // A Minimize is TF1's NoOp that runs the updates: every input is a control input.
    const control = entry.node.op === 'Minimize';
    for (const ref of entry.inputs) {
      if (!ref) continue;
      const source = analysis.index.nodes.get(ref.node);
      const k = source?.def?.outputs.findIndex((o) => o.name === ref.output) ?? 0;
      node.string(3, `${control ? '^' : ''}${names.get(ref.node)}${!control && k > 0 ? `:${k}` : ''}`);
    }
    const types = analysis.types.get(id) ?? [];
    const attrs: [string, Uint8Array][] = [];
    if (types.length > 0) attrs.push([entry.node.op === 'Placeholder' || entry.node.op === 'Constant' || entry.node.op === 'Variable' ? 'dtype' : 'T', new ProtoWriter().int64(6, DATA_TYPES[types[0].dtype]).finish()]);
    if (types.length > 0) attrs.push(['_output_shapes', new ProtoWriter().bytes(1, shapeList(types.map((t) => t.shape))).finish()]);
    if (entry.node.op === 'Placeholder' || entry.node.op === 'Variable') attrs.push(['shape', new ProtoWriter().bytes(7, shapeProto(types[0]?.shape ?? null)).finish()]);
    for (const key of ['strides', 'ksize'] as const)
      if (Array.isArray(entry.attrs[key])) attrs.push([key, new ProtoWriter().bytes(1, ints(tf1Window(entry.attrs[key] as number[]))).finish()]);
    if (typeof entry.attrs.padding === 'string') attrs.push(['padding', new ProtoWriter().string(2, entry.attrs.padding).finish()]);
    for (const [key, value] of attrs) node.bytes(5, new ProtoWriter().string(1, key).bytes(2, value).finish());
    w.bytes(1, node.finish());
  }
  return w.finish();
}

/** A TF-valid, unique name per node: Flowboard's, with characters TF refuses turned into `_`. */
function tfNames(analysis: GraphAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of analysis.order) {
    const name = analysis.index.nodes.get(id)!.node.name;
    let base = VALID.test(name) ? name : name.replace(/[^A-Za-z0-9_.\-/>]/g, '_').replace(/^[^A-Za-z0-9.]/, 'n');
    if (base === '') base = 'node';
    let unique = base;
    for (let k = 1; taken.has(unique); k++) unique = `${base}_${k}`;
    taken.add(unique);
    out.set(id, unique);
  }
  return out;
}

/** TensorShapeProto: known dims as sizes, `?` as -1, an unknown rank as unknown_rank. */
function shapeProto(shape: Shape): Uint8Array {
  const w = new ProtoWriter();
  if (shape === null) return w.int64(3, 1).finish();
  for (const d of shape) w.bytes(2, new ProtoWriter().int64(1, d ?? -1).finish());
  return w.finish();
}

/** AttrValue.ListValue of shapes. */
function shapeList(shapes: Shape[]): Uint8Array {
  const w = new ProtoWriter();
  for (const s of shapes) w.bytes(7, shapeProto(s));
  return w.finish();
}

/** AttrValue.ListValue of ints (packed). */
function ints(values: number[]): Uint8Array {
  const packed = new ProtoWriter();
  for (const v of values) packed.varint(v);
  return new ProtoWriter().bytes(3, packed.finish()).finish();
}

/** Windows and strides as TF1 writes them, [1, h, w, 1]. */
function tf1Window(v: number[]): number[] {
  return v.length === 2 ? [1, v[0], v[1], 1] : v;
}
