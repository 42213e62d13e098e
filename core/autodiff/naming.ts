/**
 * TF1's names for backward nodes: everything lives in one `gradients/` scope,
 * a node's gradient ops under `gradients/<node>_grad/`, and a clash gets a
 * numeric suffix (`MatMul`, `MatMul_1`). A second differentiation of the same
 * graph uses `gradients_1/`, as a second `tf.gradients` call does.
 */
import type { GraphDocument } from '../graph/document.ts';

export class GradNames {
  readonly scope: string;
  private readonly names: Set<string>;
  private readonly ids: Set<string>;
  private nextId = 0;
  private nextEdge = 0;

  constructor(doc: GraphDocument) {
    this.names = new Set(doc.nodes.map((n) => n.name));
    this.ids = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
    let scope = 'gradients';
    for (let i = 1; doc.nodes.some((n) => n.name.startsWith(`${scope}/`)); i++) scope = `gradients_${i}`;
    this.scope = scope;
  }

  /** `base`, or `base_1`, `base_2` ... whichever is free; reserves it. */
  name(base: string): string {
    let name = base;
    for (let i = 1; this.names.has(name); i++) name = `${base}_${i}`;
    this.names.add(name);
    return name;
  }

  /** The next free node id `grad:<n>`; deterministic for a given document. */
  nodeId(): string {
    return this.fresh(() => `grad:${this.nextId++}`);
  }

  /** The next free edge id `grad:e<n>`. */
  edgeId(): string {
    return this.fresh(() => `grad:e${this.nextEdge++}`);
  }

  private fresh(make: () => string): string {
    let id = make();
    while (this.ids.has(id)) id = make();
    this.ids.add(id);
    return id;
  }
}
