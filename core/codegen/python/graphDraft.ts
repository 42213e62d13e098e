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
import { isFailure } from '../../ops/opDef.ts';
import { findOp } from '../../ops/registry.ts';
import { ImportFailure } from './importDiagnostic.ts';
import type { TensorValue } from './values.ts';

export type DraftInputs = Record<string, TensorValue | TensorValue[]>;

export interface Checkpoint {
  nodes: number;
  edges: number;
}

export class GraphDraft {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  /** Names given with `name=` (or get_variable's name): an assignment never renames these. */
  readonly explicit = new Set<string>();
  /** Open `tf.name_scope` blocks, outermost first. */
  readonly scopes: string[] = [];
  private readonly names = new Set<string>();
  private readonly types = new Map<string, TensorType[]>();
  private serial = 0;

  /** Adds a node of kind `op`; throws ImportFailure when the op does not exist or an attribute is invalid. */
  add(op: string, attrs: Attrs, inputs: DraftInputs, name: { base: string; explicit?: boolean }): TensorValue {
    const def = findOp(op);
    if (!def) throw new ImportFailure(`Flowboard has no ${op} op yet`);
    const { values, problems } = resolveAttrs(def.attrs, attrs);
    if (problems.length > 0) throw new ImportFailure(`${op}: ${problems.map((p) => `${p.attr} ${p.message}`).join('; ')}`);
    const id = `n${++this.serial}`;
    const nodeName = this.unique(this.scoped(name.base));
    if (name.explicit) this.explicit.add(id);
    const inTypes: TensorType[] = [];
    for (const spec of def.inputs) {
      const given = inputs[spec.name];
      if (given === undefined) continue;
      const list = Array.isArray(given) ? given : [given];
      list.forEach((t, i) => {
        const slot = spec.variadic ? variadicSlot(spec.name, i) : spec.name;
        this.edges.push({ id: `e${this.edges.length + 1}`, source: t.ref.node, sourceOutput: t.ref.output, target: id, targetInput: slot });
        inTypes.push(t.type);
      });
    }
    const inferred = inTypes.length === def.inputs.filter((i) => inputs[i.name] !== undefined).length ? def.infer({ attrs: values as never, in: inTypes, nodeName }) : undefined;
    // A shape or dtype mismatch is the validator's to report on the imported graph; keep going with what is known.
    const types = inferred && !isFailure(inferred) ? inferred : def.outputs.map(() => ({ dtype: inTypes[0]?.dtype ?? 'float32', shape: null }));
    this.types.set(id, types);
    this.nodes.push({ id, op, name: nodeName, attrs, position: { x: 0, y: 0 } });
    this.names.add(nodeName);
    return { kind: 'tensor', ref: { node: id, output: def.outputs[0]?.name ?? 'value' }, type: types[0], op, name: nodeName };
  }

  /** Gives a node the name of the Python variable it was assigned to (made unique); explicit names stay. */
  rename(value: TensorValue, base: string): TensorValue {
    const node = this.nodes.find((n) => n.id === value.ref.node);
    if (!node || this.explicit.has(node.id)) return value;
    this.names.delete(node.name);
    node.name = this.unique(this.scoped(base));
    this.names.add(node.name);
    return { ...value, name: node.name };
  }

  /** Removes a node nothing is wired from yet (a tf.constant that became a Variable's initial value). */
  discard(nodeId: string): void {
    if (this.edges.some((e) => e.source === nodeId)) return;
    const at = this.nodes.findIndex((n) => n.id === nodeId);
    if (at < 0) return;
    const [node] = this.nodes.splice(at, 1);
    this.names.delete(node.name);
    this.types.delete(nodeId);
    this.explicit.delete(nodeId);
    for (let i = this.edges.length - 1; i >= 0; i--) if (this.edges[i].target === nodeId) this.edges.splice(i, 1);
  }

  checkpoint(): Checkpoint {
    return { nodes: this.nodes.length, edges: this.edges.length };
  }

  /** Removes every node and edge added since the checkpoint. */
  rollback(mark: Checkpoint): void {
    for (const node of this.nodes.splice(mark.nodes)) {
      this.names.delete(node.name);
      this.types.delete(node.id);
      this.explicit.delete(node.id);
    }
    this.edges.splice(mark.edges);
  }

  /** Whether the node was added after the checkpoint. */
  isNewSince(mark: Checkpoint, nodeId: string): boolean {
    return this.nodes.findIndex((n) => n.id === nodeId) >= mark.nodes;
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.find((n) => n.id === id);
  }

  private scoped(base: string): string {
    return this.scopes.length === 0 ? base : `${this.scopes.join('/')}/${base}`;
  }

  /** TF1's rule: the first `W` is `W`, the next `W_1`, then `W_2`. */
  private unique(name: string): string {
    if (!this.names.has(name)) return name;
    for (let i = 1; ; i++) if (!this.names.has(`${name}_${i}`)) return `${name}_${i}`;
  }
}
