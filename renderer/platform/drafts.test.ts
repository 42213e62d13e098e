import { describe, expect, it } from 'vitest';
import { parseDraft, storageDrafts } from './drafts.ts';

function memoryStorage(failWrites = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}

const draft = { name: 'x.flow.json', origin: 'file' as const, text: '{}', savedAt: '2025-01-01T00:00:00.000Z', recentId: 'r1' };

describe('drafts in local storage', () => {
  it('writes, reads and clears one draft', () => {
    const drafts = storageDrafts(memoryStorage());
    expect(drafts.read()).toBeUndefined();
    expect(drafts.write(draft)).toBe(true);
    expect(drafts.read()).toEqual(draft);
    drafts.clear();
    expect(drafts.read()).toBeUndefined();
  });

  it('says when the browser refuses to store it', () => {
    expect(storageDrafts(memoryStorage(true)).write(draft)).toBe(false);
  });

  it('treats anything malformed as no draft', () => {
    const storage = memoryStorage();
    storage.map.set('flowboard.draft.v1', '{not json');
    expect(storageDrafts(storage).read()).toBeUndefined();
    expect(parseDraft({ ...draft, origin: 'disk' })).toBeUndefined();
    expect(parseDraft({ ...draft, savedAt: 'yesterday' })).toBeUndefined();
    expect(parseDraft({ ...draft, text: 3 })).toBeUndefined();
    expect(parseDraft({ ...draft, recentId: 5 })).toEqual({ name: 'x.flow.json', origin: 'file', text: '{}', savedAt: '2025-01-01T00:00:00.000Z' });
  });
});
