import { describe, expect, it } from 'vitest';
import { memoryKeyValue } from './keyValue.ts';
import { MAX_RECENT_DOCUMENTS, parseRecent, recentFiles } from './recentFiles.ts';

function setup() {
  let n = 0;
  let minute = 0;
  const kv = memoryKeyValue();
  const recent = recentFiles(kv, () => new Date(Date.UTC(2025, 0, 1, 0, minute++)), () => `r${++n}`);
  return { kv, recent };
}

describe('the recent documents list', () => {
  it('puts the newest first and moves a reopened file to the front, keeping its id', async () => {
    const { recent } = setup();
    await recent.add({ name: 'a.flow.json', title: 'A', text: 'a' });
    await recent.add({ name: 'b.flow.json', title: 'B', text: 'b' });
    await recent.add({ name: 'a.flow.json', title: 'A2', text: 'a2' });
    expect((await recent.list()).map((r) => [r.id, r.name, r.title, r.linked])).toEqual([
      ['r1', 'a.flow.json', 'A2', false],
      ['r2', 'b.flow.json', 'B', false],
    ]);
    expect((await recent.get('r1'))?.text).toBe('a2');
  });

  it(`keeps at most ${MAX_RECENT_DOCUMENTS}`, async () => {
    const { recent } = setup();
    for (let i = 0; i < MAX_RECENT_DOCUMENTS + 3; i++) await recent.add({ name: `f${i}.flow.json`, title: `F${i}`, text: '' });
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(list[0].name).toBe(`f${MAX_RECENT_DOCUMENTS + 2}.flow.json`);
  });

  it('removes an entry', async () => {
    const { recent } = setup();
    const a = await recent.add({ name: 'a', title: 'A', text: '' });
    await recent.add({ name: 'b', title: 'B', text: '' });
    await recent.remove(a.id);
    expect((await recent.list()).map((r) => r.name)).toEqual(['b']);
  });

  it('falls back to the kept text when a handle cannot be stored', async () => {
    const { recent } = setup();
    // Functions cannot be cloned into IndexedDB (or the in-memory store that copies like it).
    const handle = { name: 'x.flow.json', isSameEntry: async () => false } as unknown as FileSystemFileHandle;
    await recent.add({ name: 'x.flow.json', title: 'X', handle, text: 'kept' });
    expect(await recent.list()).toMatchObject([{ name: 'x.flow.json', linked: false }]);
    expect((await recent.get('r1'))?.text).toBe('kept');
  });

  it('reads back only well-formed entries', () => {
    const good = { id: 'a', name: 'a', title: 'A', usedAt: '2025-01-01T00:00:00Z', text: '' };
    expect(parseRecent([good, { id: 1 }, null, { ...good, text: undefined }])).toEqual([good]);
    expect(parseRecent('nope')).toEqual([]);
  });
});
