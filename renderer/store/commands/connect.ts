/**
 * connect: wires one output to one input. A plain input takes one edge, so a
 * new edge replaces the old one; a variadic input (`values`) gets a new entry.
 */
import type { GraphDocument, GraphEdge } from '../../../core/graph/document.ts';
import { parseInputSlot, variadicSlot } from '../../../core/graph/document.ts';
import { findOp } from '../../../core/ops/registry.ts';
import { idAllocator } from './ids.ts';
import { reaches } from './reach.ts';
import { type CommandResult, done, refuse } from './result.ts';
import { variadicCount } from './variadic.ts';

export interface ConnectArgs {
  source: string;
  sourceOutput: string;
  target: string;
  /** An input name; for a variadic input `values` appends and `values:2` replaces that entry. */
  targetInput: string;
}

/** Connects; the edge's id is the result's value. Refuses unknown ports and cycles. */
export function connect(doc: GraphDocument, args: ConnectArgs): CommandResult<string> {
  const { source, sourceOutput, target } = args;
  const src = doc.nodes.find((n) => n.id === source);
  const dst = doc.nodes.find((n) => n.id === target);
  if (!src || !dst) return refuse('cannot connect: one end is not in the graph');
  const srcDef = findOp(src.op);
  const dstDef = findOp(dst.op);
  if (!srcDef?.outputs.some((o) => o.name === sourceOutput)) return refuse(`${src.op} "${src.name}" has no output "${sourceOutput}"`);
  const slot = parseInputSlot(args.targetInput);
  const spec = slot && dstDef?.inputs.find((i) => i.name === slot.name);
  if (!slot || !spec || (!spec.variadic && args.targetInput.includes(':'))) return refuse(`${dst.op} "${dst.name}" has no input "${args.targetInput}"`);
  if (reaches(doc.edges, target, source)) return refuse(`connecting "${src.name}" to "${dst.name}" would make a cycle: "${dst.name}" already feeds "${src.name}"`);

  let targetInput = args.targetInput;
  if (spec.variadic) {
    const count = variadicCount(doc.edges, target, spec.name);
    const explicit = args.targetInput.includes(':') ? slot.index : count;
    targetInput = variadicSlot(spec.name, Math.min(explicit, count));
  }
  const existing = doc.edges.find((e) => e.target === target && e.targetInput === targetInput);
  if (existing && existing.source === source && existing.sourceOutput === sourceOutput) return done(doc, existing.id);
  const id = idAllocator('e', doc.edges.map((e) => e.id))();
  const edge: GraphEdge = { id, source, sourceOutput, target, targetInput };
  const edges = existing ? doc.edges.map((e) => (e === existing ? edge : e)) : [...doc.edges, edge];
  return done({ ...doc, edges }, id);
}
