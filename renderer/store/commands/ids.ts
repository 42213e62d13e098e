/** Fresh ids for nodes and edges: deterministic, so tests and undo/redo stay reproducible. */

/** Returns a generator of ids `<prefix><k>` that collide with none of `taken` nor with each other. */
export function idAllocator(prefix: string, taken: Iterable<string>): () => string {
  const used = new Set(taken);
  let next = 1;
  for (const id of used) {
    const match = id.startsWith(prefix) ? /^\d+$/.exec(id.slice(prefix.length)) : null;
    if (match) next = Math.max(next, Number(match[0]) + 1);
  }
  return () => {
    while (used.has(`${prefix}${next}`)) next++;
    const id = `${prefix}${next++}`;
    used.add(id);
    return id;
  };
}
