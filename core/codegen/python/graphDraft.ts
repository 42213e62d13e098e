/**
 * The graph the importer builds, node by node, with TF1's naming (`Add`,
 * `Add_1`, scopes as `layer1/W`) and the output types of every node inferred
 * as it is added, so later statements know dtypes and shapes. A statement
 * that fails is rolled back to a checkpoint, leaving no half-built nodes.
 */
import type { Attrs, GraphEdge, GraphNode } from '../../graph/document.ts';
import { variadicSlot } from '../../graph/document.ts';
import type { TensorType } from '../../graph/shape.ts';
import { resolveAttrs } from '../../ops/attrs.ts';
import { isFailure, type OpDef } from '../../ops/opDef.ts';
import { findOp } from '../../ops/registry.ts';
import { ImportFailure } from './importDiagnostic.ts';
import { UniqueNames } from './uniqueNames.ts';
import type { TensorValue } from './values.ts';
import type { OpKind } from '../../ops/opKinds.ts';

export type DraftInputs = Record<string, TensorValue | TensorValue[]>;

export interface Checkpoint {
  nodes: number;
  edges: number;
  /** The serial of the last node added before the checkpoint. */
  serial: number;
}

interface DraftEntry {
  node: GraphNode;
  serial: number;
  /** Edges into the node, and edges out of it to nodes still in the draft. */
  inputs: number;
  consumers: number;
}

export class GraphDraft {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  /** Names given with `name=` (or get_variable's name): an assignment never renames these. */
  readonly explicit = new Set<string>();
  /** Open `tf.name_scope` blocks, outermost first. */
  readonly scopes: string[] = [];
  private readonly names = new UniqueNames();
  private readonly types = new Map<string, TensorType[]>();
  /** Nodes by id with the serial each was made with: lookups in constant time, however large the program. */
  private readonly byId = new Map<string, DraftEntry>();
  private serial = 0;

  /** Adds a node of kind `op`; throws ImportFailure when the op does not exist or an attribute is invalid. */
  add(op: OpKind, attrs: Attrs, inputs: DraftInputs, name: { base: string; explicit?: boolean }): TensorValue {
    const def = findOp(op);
    if (!def) throw new ImportFailure(`Flowboard has no ${op} op yet`);
    const { values, problems } = resolveAttrs(def.attrs, attrs);
    if (problems.length > 0) throw new ImportFailure(`${op}: ${problems.map((p) => `${p.attr} ${p.message}`).join('; ')}`);
    const serial = ++this.serial;
    const id = `n${serial}`;
    const nodeName = this.names.take(this.scoped(name.base));
    if (name.explicit) this.explicit.add(id);
    const inTypes: TensorType[] = [];
    let inputCount = 0;
    for (const spec of def.inputs) {
      const given = inputs[spec.name];
      if (given === undefined) continue;
      const list = Array.isArray(given) ? given : [given];
      list.forEach((t, i) => {
        const slot = spec.variadic ? variadicSlot(spec.name, i) : spec.name;
        this.edges.push({ id: `e${this.edges.length + 1}`, source: t.ref.node, sourceOutput: t.ref.output, target: id, targetInput: slot });
        const source = this.byId.get(t.ref.node);
        if (source) source.consumers++;
        inputCount++;
        inTypes.push(t.type);
      });
    }
    const inferred = inTypes.length === def.inputs.filter((i) => inputs[i.name] !== undefined).length ? inferSafely(def, values, inTypes, nodeName) : undefined;
    // A shape or dtype mismatch is the validator's to report on the imported graph; keep going with what is known.
    const types = inferred && !isFailure(inferred) ? inferred : def.outputs.map(() => ({ dtype: inTypes[0]?.dtype ?? 'float32', shape: null }));
    this.types.set(id, types);
    const node: GraphNode = { id, op, name: nodeName, attrs, position: { x: 0, y: 0 } };
    this.nodes.push(node);
    this.byId.set(id, { node, serial, inputs: inputCount, consumers: 0 });
    return { kind: 'tensor', ref: { node: id, output: def.outputs[0]?.name ?? 'value' }, type: types[0], op, name: nodeName };
  }

  /** Gives a node the name of the Python variable it was assigned to (made unique); explicit names stay. */
  rename(value: TensorValue, base: string): TensorValue {
    const node = this.node(value.ref.node);
    if (!node || this.explicit.has(node.id)) return value;
    this.names.release(node.name);
    node.name = this.names.take(this.scoped(base));
    return { ...value, name: node.name };
  }

  /** Removes a node without inputs that nothing is wired from yet (a tf.constant that became a Variable's initial value). */
  discard(nodeId: string): void {
    const entry = this.byId.get(nodeId);
    if (!entry || entry.inputs > 0 || entry.consumers > 0) return;
    // The node is almost always the one just added: search from the end.
    let at = this.nodes.length - 1;
    while (at >= 0 && this.nodes[at].id !== nodeId) at--;
    this.nodes.splice(at, 1);
    this.forget(entry.node);
  }

  checkpoint(): Checkpoint {
    return { nodes: this.nodes.length, edges: this.edges.length, serial: this.serial };
  }

  /** Removes every node and edge added since the checkpoint. */
  rollback(mark: Checkpoint): void {
    for (const node of this.nodes.splice(mark.nodes)) this.forget(node);
    for (const edge of this.edges.splice(mark.edges)) {
      const source = this.byId.get(edge.source);
      if (source) source.consumers--;
    }
  }

  /** A layer's name scope as TF picks it: `dense`, then `dense_1` ...; the name is kept taken, as TF keeps it. */
  uniqueScope(base: string): string {
    return this.names.take(this.scoped(base)).split('/').pop()!;
  }

  /** Whether the node was added after the checkpoint. */
  isNewSince(mark: Checkpoint, nodeId: string): boolean {
    const entry = this.byId.get(nodeId);
    return entry !== undefined && entry.serial > mark.serial;
  }

  node(id: string): GraphNode | undefined {
    return this.byId.get(id)?.node;
  }

  private forget(node: GraphNode): void {
    this.names.release(node.name);
    this.types.delete(node.id);
    this.explicit.delete(node.id);
    this.byId.delete(node.id);
  }

  private scoped(base: string): string {
    return this.scopes.length === 0 ? base : `${this.scopes.join('/')}/${base}`;
  }
}

/** An op's inference, where a throw (a bug in the op) counts as unknown types, as the validator treats it. */
function inferSafely(def: OpDef, attrs: Record<string, unknown>, inTypes: TensorType[], nodeName: string): ReturnType<OpDef['infer']> | undefined {
  try {
    return def.infer({ attrs: attrs as never, in: inTypes, nodeName });
  } catch {
    return undefined;
  }
}
