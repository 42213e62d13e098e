/**
 * Shape and dtype inference over a whole graph, in topological order. A node
 * whose inputs are unknown (an upstream error) is skipped without a second
 * message, so one mistake gives one diagnostic.
 */
import { isFailure } from '../ops/opDef.ts';
import { type Diagnostic, DiagnosticCode as C, error } from './diagnostics.ts';
import type { GraphIndex, IndexedNode } from './graphIndex.ts';
import type { TensorType } from './shape.ts';

/** Output types per node id, for every node whose types could be inferred. */
export function inferTypes(index: GraphIndex, order: readonly string[], out: Diagnostic[]): Map<string, TensorType[]> {
  const types = new Map<string, TensorType[]>();
  for (const id of order) {
    const entry = index.nodes.get(id)!;
    const def = entry.def;
    if (!def) continue;
    const inputTypes: TensorType[] = [];
    let known = true;
    for (const ref of entry.inputs) {
      const src = ref ? index.nodes.get(ref.node) : undefined;
      const t = ref && src?.def ? types.get(ref.node)?.[src.def.outputs.findIndex((o) => o.name === ref.output)] : undefined;
      if (!t) {
        known = false;
        break;
      }
      inputTypes.push(t);
    }
    if (!known || tooFewVariadic(entry, inputTypes.length)) continue;
    const badDType = checkDTypes(entry, inputTypes);
    if (badDType) {
      out.push(badDType);
      continue;
    }
    let result;
    try {
      result = def.infer({ attrs: entry.attrs as never, in: inputTypes, nodeName: entry.node.name });
    } catch (e) {
      // An op's inference must never take the editor down; report it against the node.
      result = { code: 'SHAPE_MISMATCH' as const, message: `${def.kind} could not infer its shape: ${(e as Error).message}` };
    }
    if (isFailure(result)) {
      const code = result.code === 'DTYPE_MISMATCH' ? C.DTypeMismatch : result.code === 'BAD_ATTR' ? C.BadAttr : C.ShapeMismatch;
      out.push(error(code, `"${entry.node.name}": ${result.message}`, { nodeId: id, ...(result.fix ? { fix: result.fix } : {}) }));
      continue;
    }
    types.set(id, result);
  }
  return types;
}

/** A variadic input below its minCount: graphIndex reported MISSING_INPUT, and infer would see no entries. */
function tooFewVariadic(entry: IndexedNode, inputCount: number): boolean {
  const specs = entry.def!.inputs;
  const last = specs[specs.length - 1];
  return last?.variadic === true && inputCount - (specs.length - 1) < (last.minCount ?? 1);
}

function checkDTypes(entry: IndexedNode, inputTypes: TensorType[]): Diagnostic | undefined {
  const specs = entry.def!.inputs;
  for (let i = 0; i < inputTypes.length; i++) {
    const spec = specs[Math.min(i, specs.length - 1)];
    if (spec.dtypes && !spec.dtypes.includes(inputTypes[i].dtype)) {
      return error(C.DTypeMismatch, `${entry.def!.kind} "${entry.node.name}": input ${spec.name} must be ${spec.dtypes.join(' or ')}, got ${inputTypes[i].dtype}`, {
        nodeId: entry.node.id,
        edgeId: entry.inputEdges[i]?.id,
        fix: `insert a Cast to ${spec.dtypes[0]} before ${spec.name}`,
      });
    }
  }
  return undefined;
}
