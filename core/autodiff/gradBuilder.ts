/**
 * The small API a gradient uses to add backward nodes:
 * `b.op('Mul', { x: dy, y: b.constant(2) })` returns a reference to the new
 * node's output. Every node is named, placed and type-checked as it is added,
 * so a gradient that builds a wrong graph fails at once, naming the forward
 * node it was differentiating.
 */
import { typeOf as forwardType, type GraphAnalysis } from '../graph/analyze.ts';
import { FlowboardError } from '../graph/diagnostics.ts';
import type { Attrs, GraphEdge, GraphNode, TensorRef } from '../graph/document.ts';
import { formatShape, type TensorType } from '../graph/shape.ts';
import { resolveAttrs } from '../ops/attrs.ts';
import { isFailure } from '../ops/opDef.ts';
import { findOp } from '../ops/registry.ts';
import { MirrorLayout } from './layout.ts';
import { GradNames } from './naming.ts';

/** Which forward node (and which of its inputs) a backward node differentiates. */
export interface GradOrigin {
  forwardNode: string;
  /** The input slot (`b`, `values:1`); absent for nodes shared by all inputs. */
  input?: string;
}

export type GradInputs = Record<string, TensorRef | readonly TensorRef[]>;

export class GradBuilder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  readonly origin = new Map<string, GradOrigin>();
  readonly names: GradNames;
  /** Output names and inferred types of the backward nodes. */
  private readonly types = new Map<string, { outputs: string[]; types: TensorType[] }>();
  private readonly layout: MirrorLayout;
  private current: GradOrigin = { forwardNode: '' };

  constructor(private readonly analysis: GraphAnalysis) {
    this.names = new GradNames(analysis.doc);
    this.layout = new MirrorLayout(analysis.doc);
  }

  /** The `gradients` scope of this differentiation. */
  get scope(): string {
    return this.names.scope;
  }

  /** Attributes the nodes added next to a forward node and, optionally, one of its inputs. */
  at(forwardNode: string, input?: string): void {
    this.current = input === undefined ? { forwardNode } : { forwardNode, input };
  }

  /**
   * Adds a node of `kind` fed by `inputs` (a variadic input takes a list) and
   * returns its first output. The name is `gradients/<node>_grad/<kind>` unless
   * `name` is given (relative to the scope). Throws naming the forward node
   * when the node would be invalid.
   */
  op(kind: string, inputs: GradInputs, attrs: Attrs = {}, name?: string): TensorRef {
    const def = findOp(kind);
    if (!def) throw this.fail(`uses op ${kind}, which is not registered`);
    const forwardName = this.forwardName();
    const nodeName = this.names.name(`${this.scope}/${name ?? `${forwardName}_grad/${kind}`}`);
    const { values, problems } = resolveAttrs(def.attrs, attrs);
    if (problems.length > 0) throw this.fail(`builds ${nodeName} with attribute ${problems[0].attr} that ${problems[0].message}`);
    const id = this.names.nodeId();
    const inTypes: TensorType[] = [];
    const wire = (ref: TensorRef, slot: string, dtypes: readonly string[] | undefined) => {
      const t = this.typeOf(ref);
      if (dtypes && !dtypes.includes(t.dtype)) throw this.fail(`builds ${nodeName} whose input ${slot} must be ${dtypes.join(' or ')}, got ${t.dtype}`);
      inTypes.push(t);
      this.edges.push({ id: this.names.edgeId(), source: ref.node, sourceOutput: ref.output, target: id, targetInput: slot });
    };
    for (const spec of def.inputs) {
      const given = inputs[spec.name];
      if (given === undefined) throw this.fail(`builds ${nodeName} without its input ${spec.name}`);
      if (spec.variadic) (given as readonly TensorRef[]).forEach((ref, i) => wire(ref, `${spec.name}:${i}`, spec.dtypes));
      else wire(given as TensorRef, spec.name, spec.dtypes);
    }
    const inferred = def.infer({ attrs: values as never, in: inTypes, nodeName });
    if (isFailure(inferred)) throw this.fail(`builds an invalid ${nodeName}: ${inferred.message}`);
    this.types.set(id, { outputs: def.outputs.map((o) => o.name), types: inferred });
    this.nodes.push({ id, op: kind, name: nodeName, attrs, position: this.layout.place(this.current.forwardNode) });
    this.origin.set(id, { ...this.current });
    return { node: id, output: def.outputs[0].name };
  }

  /** A float32 scalar Constant. */
  constant(value: number): TensorRef {
    return this.op('Constant', {}, { value, dtype: 'float32' });
  }

  /** The static type of a forward or backward tensor. */
  typeOf(ref: TensorRef): TensorType {
    const own = this.types.get(ref.node);
    if (own) return own.types[own.outputs.indexOf(ref.output)];
    const t = forwardType(this.analysis, ref);
    if (!t) throw this.fail(`refers to ${ref.node}:${ref.output}, whose type is unknown`);
    return t;
  }

  /** An error naming the forward node being differentiated. */
  fail(message: string): FlowboardError {
    const entry = this.analysis.index.nodes.get(this.current.forwardNode);
    const what = entry ? `${entry.node.op} "${entry.node.name}"` : 'the loss';
    const input = this.current.input === undefined ? '' : ` (input ${this.current.input})`;
    return new FlowboardError(`the gradient of ${what}${input} ${message}`, this.current.forwardNode || undefined);
  }

  private forwardName(): string {
    return this.analysis.index.nodes.get(this.current.forwardNode)?.node.name ?? 'loss';
  }
}

/** `[3,1] float32`, for messages. */
export function describeType(t: TensorType): string {
  return `${formatShape(t.shape)} ${t.dtype}`;
}
