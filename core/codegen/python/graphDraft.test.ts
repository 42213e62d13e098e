import { describe, expect, it } from 'vitest';
import { GraphDraft } from './graphDraft.ts';
import type { TensorValue } from './values.ts';

/**
 * Lookups made while `fn` runs: Set and Map probes plus the predicate calls
 * of Array find/findIndex/some. A count, not a time, so the ratio between two
 * sizes says how the work grows, whatever the machine is doing.
 */
function lookups(fn: () => void): number {
  let count = 0;
  // Patched by hand, not with vi.spyOn, which would record every call's arguments.
  const patched: [object, string, unknown][] = [];
  const patch = (proto: object, name: string, wrap: (real: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown) => {
    const real = (proto as Record<string, (...a: unknown[]) => unknown>)[name];
    patched.push([proto, name, real]);
    Object.defineProperty(proto, name, { value: wrap(real), configurable: true, writable: true });
  };
  const probe = (real: (...a: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      count++;
      return real.apply(this, args);
    };
  const predicate = (real: (...a: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      const pred = args[0] as (...a: unknown[]) => unknown;
      return real.call(this, (...a: unknown[]) => (count++, pred(...a)));
    };
  patch(Set.prototype, 'has', probe);
  patch(Map.prototype, 'get', probe);
  patch(Map.prototype, 'has', probe);
  for (const name of ['find', 'findIndex', 'some']) patch(Array.prototype, name, predicate);
  try {
    fn();
  } finally {
    for (const [proto, name, real] of patched.reverse()) Object.defineProperty(proto, name, { value: real, configurable: true, writable: true });
  }
  return count;
}

/** `h = tf.nn.relu(h)` n times: a Relu named, then renamed to the next free `h_N`, as the importer does. */
function reluChain(n: number): () => void {
  return () => {
    const draft = new GraphDraft();
    let h: TensorValue = draft.add('Placeholder', { dtype: 'float32', shape: [null, 2] }, {}, { base: 'h' });
    for (let i = 0; i < n; i++) {
      const mark = draft.checkpoint();
      const relu = draft.add('Relu', {}, { x: h }, { base: 'Relu' });
      if (draft.isNewSince(mark, relu.ref.node)) h = draft.rename(relu, 'h');
      draft.node(h.ref.node);
    }
  };
}

describe('GraphDraft', () => {
  it('names a thousand reassigned nodes W, W_1 ... and reuses a name that was rolled back', () => {
    const draft = new GraphDraft();
    const names = Array.from({ length: 1000 }, () => draft.add('Constant', { value: 1, dtype: 'float32' }, {}, { base: 'W' }).name);
    expect(names.slice(0, 3)).toEqual(['W', 'W_1', 'W_2']);
    expect(names[999]).toBe('W_999');
    const mark = draft.checkpoint();
    draft.add('Constant', { value: 1, dtype: 'float32' }, {}, { base: 'W' });
    draft.rollback(mark);
    expect(draft.add('Constant', { value: 1, dtype: 'float32' }, {}, { base: 'W' }).name).toBe('W_1000');
    const renamed = draft.rename(draft.add('Constant', { value: 1, dtype: 'float32' }, {}, { base: 'c' }), 'W_500');
    expect(renamed.name).toBe('W_500_1');
  });

  it('does the same work per node for the ten-thousandth node as for the first (lookups grow linearly)', () => {
    const small = lookups(reluChain(2000));
    const large = lookups(reluChain(8000));
    // Four times the nodes: about four times the lookups; quadratic naming or scans would make it sixteen.
    expect(large / small).toBeLessThan(4 * 1.25);
  });

  it('discards an unused constant in place and keeps every other lookup working', () => {
    const draft = new GraphDraft();
    const x = draft.add('Placeholder', { dtype: 'float32', shape: [2] }, {}, { base: 'x' });
    const c = draft.add('Constant', { value: 1, dtype: 'float32' }, {}, { base: 'Const' });
    const used = draft.add('Constant', { value: 2, dtype: 'float32' }, {}, { base: 'Const' });
    draft.add('Add', {}, { x, y: used }, { base: 'Add' });
    draft.discard(c.ref.node);
    draft.discard(used.ref.node);
    expect(draft.nodes.map((n) => n.name)).toEqual(['x', 'Const_1', 'Add']);
    expect(draft.node(c.ref.node)).toBeUndefined();
    expect(draft.node(used.ref.node)?.name).toBe('Const_1');
    expect(draft.add('Constant', { value: 3, dtype: 'float32' }, {}, { base: 'Const' }).name).toBe('Const');
  });
});
