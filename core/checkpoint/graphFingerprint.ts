/**
 * A short fingerprint of a graph's structure: its nodes (name, op, attrs)
 * and edges, not their positions, ids or the document's title and session.
 * A checkpoint records it so a load can say whether the graph changed since
 * the save; what decides a load is the Variables themselves (matchCheckpoint).
 */
import type { AttrValue, GraphDocument } from '../graph/document.ts';

/** `fnv1a64:` and 16 hex digits of the 64-bit FNV-1a hash of the graph's canonical text. */
export function graphFingerprint(doc: GraphDocument): string {
  const names = new Map(doc.nodes.map((n) => [n.id, n.name]));
  const nodes = doc.nodes.map((n) => `${n.name}\u0000${n.op}\u0000${canonical(n.attrs)}`).sort();
  const edges = doc.edges.map((e) => `${names.get(e.source)}:${e.sourceOutput}>${names.get(e.target)}:${e.targetInput}`).sort();
  return `fnv1a64:${fnv1a64([...nodes, '', ...edges].join('\n'))}`;
}

/** JSON with object keys sorted, so the same attrs always give the same text. */
function canonical(v: AttrValue): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  // UTF-16 code units, two bytes each: names are any text.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = ((h ^ BigInt(c & 255)) * PRIME) & MASK;
    h = ((h ^ BigInt(c >> 8)) * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}
