/**
 * A small builder for graph documents in tests:
 *   const g = new GraphBuilder();
 *   const x = g.add('Placeholder', { shape: [null, 2] }, 'x');
 *   const y = g.add('MatMul', {}, 'y', { a: x, b: w });
 *   const doc = g.doc();
 * Inputs map an input name to a node (its first output), `[node, output]`, or a
 * list of those for a variadic input.
 */
import type { AttrValue, GraphDocument, GraphEdge, GraphNode, SessionConfig } from '../core/graph/document.ts';
import { FORMAT_ID, FORMAT_VERSION } from '../core/graph/document.ts';
import { getOp } from '../core/ops/registry.ts';

export interface NodeHandle {
  id: string;
  name: string;
  op: string;
}

type Source = NodeHandle | [NodeHandle, string];
type Inputs = Record<string, Source | Source[]>;

export class GraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly edges: GraphEdge[] = [];
  session: SessionConfig | undefined;
  private serial = 0;

  /** Adds a node; the name defaults to `<op>_<n>`. */
  add(op: string, attrs: Record<string, AttrValue> = {}, name?: string, inputs: Inputs = {}): NodeHandle {
    const id = `n${this.serial++}`;
    const handle = { id, name: name ?? `${op}_${this.serial}`, op };
    this.nodes.push({ id, op, name: handle.name, attrs, position: { x: this.serial * 160, y: 0 } });
    for (const [input, src] of Object.entries(inputs)) {
      if (Array.isArray(src) && (src.length === 0 || typeof src[1] !== 'string')) {
        (src as Source[]).forEach((s, i) => this.connect(s, handle, `${input}:${i}`));
      } else {
        this.connect(src as Source, handle, input);
      }
    }
    return handle;
  }

  /** Adds an edge from a source to `target`'s input slot. */
  connect(src: Source, target: NodeHandle, slot: string): void {
    const [node, output] = Array.isArray(src) ? src : [src, getOp(src.op).outputs[0]?.name ?? 'value'];
    this.edges.push({ id: `e${this.edges.length}`, source: node.id, sourceOutput: output, target: target.id, targetInput: slot });
  }

  doc(title = 'test'): GraphDocument {
    const d: GraphDocument = { format: FORMAT_ID, version: FORMAT_VERSION, meta: { title }, nodes: [...this.nodes], edges: [...this.edges] };
    if (this.session) d.session = this.session;
    return d;
  }
}
