/**
 * The browser's recent documents: newest first, bounded, without duplicates.
 * Where the browser grants file handles (File System Access API) an entry keeps
 * the handle, so reopening reads the file as it is now; elsewhere it keeps a
 * copy of the text as last opened or saved here.
 */
import type { KeyValue } from './keyValue.ts';
import type { RecentDocument } from './platform.ts';

export const MAX_RECENT_DOCUMENTS = 8;
const KEY = 'recent';

export interface RecentRecord {
  id: string;
  name: string;
  title: string;
  usedAt: string;
  handle?: FileSystemFileHandle;
  /** The text; stored only when there is no handle to read the file again. */
  text?: string;
}

export type NewRecent = Omit<RecentRecord, 'id' | 'usedAt'>;

export interface RecentFiles {
  list(): Promise<RecentDocument[]>;
  get(id: string): Promise<RecentRecord | undefined>;
  /** Moves the file to the front (or adds it); returns its entry. */
  add(entry: NewRecent): Promise<RecentRecord>;
  remove(id: string): Promise<void>;
}

/** The recent list kept in `store`; `now` and `newId` are injectable for tests. */
export function recentFiles(store: KeyValue, now: () => Date = () => new Date(), newId: () => string = () => crypto.randomUUID()): RecentFiles {
  const load = async (): Promise<RecentRecord[]> => parseRecent(await store.get(KEY).catch(() => undefined));
  const persist = async (records: RecentRecord[]): Promise<void> => {
    try {
      await store.set(KEY, records.map(({ text, ...rest }) => (rest.handle ? rest : { ...rest, text })));
    } catch {
      // A handle the store cannot clone (not a real file handle) falls back to the text, when it is known.
      const unlinked = records.map(({ handle: _handle, ...rest }) => rest).filter((r) => r.text !== undefined);
      await store.set(KEY, unlinked).catch(() => undefined);
    }
  };
  return {
    list: async () => (await load()).map(summary),
    get: async (id) => (await load()).find((r) => r.id === id),
    async add(entry) {
      const records = await load();
      const same = await findSame(records, entry);
      const record: RecentRecord = { ...entry, id: same?.id ?? newId(), usedAt: now().toISOString() };
      await persist([record, ...records.filter((r) => r !== same)].slice(0, MAX_RECENT_DOCUMENTS));
      return record;
    },
    async remove(id) {
      await persist((await load()).filter((r) => r.id !== id));
    },
  };
}

/** The entry for the same file: the same handle, or, without handles, the same name. */
async function findSame(records: RecentRecord[], entry: NewRecent): Promise<RecentRecord | undefined> {
  for (const r of records) {
    if (entry.handle && r.handle) {
      if (await entry.handle.isSameEntry(r.handle).catch(() => false)) return r;
    } else if (!entry.handle && !r.handle && r.name === entry.name) return r;
  }
  return undefined;
}

function summary(r: RecentRecord): RecentDocument {
  return { id: r.id, name: r.name, title: r.title, usedAt: r.usedAt, linked: r.handle !== undefined };
}

/** Stored records, checked: malformed ones are dropped. */
export function parseRecent(json: unknown): RecentRecord[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter((r): r is RecentRecord => {
      if (typeof r !== 'object' || r === null) return false;
      const { id, name, title, usedAt, handle, text } = r as Record<string, unknown>;
      const strings = [id, name, title, usedAt].every((v) => typeof v === 'string');
      return strings && (handle !== undefined || typeof text === 'string');
    })
    .slice(0, MAX_RECENT_DOCUMENTS);
}
