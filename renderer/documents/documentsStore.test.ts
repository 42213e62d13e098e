import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from './documentsStore.ts';

describe('the documents store', () => {
  it('queues dialogs in order and resolves each with its answer', async () => {
    const store = createDocumentsStore();
    const first = store.getState().ask({ kind: 'discard', name: 'a' });
    const second = store.getState().ask({ kind: 'restore', name: 'b', savedAt: '2025-01-01T00:00:00Z' });
    expect(store.getState().dialogs.map((d) => d.kind)).toEqual(['discard', 'restore']);
    const [d1] = store.getState().dialogs;
    if (d1.kind === 'discard') d1.answer('save');
    await expect(first).resolves.toBe('save');
    const [d2] = store.getState().dialogs;
    if (d2.kind === 'restore') d2.answer(false);
    await expect(second).resolves.toBe(false);
    expect(store.getState().dialogs).toEqual([]);
  });
});
