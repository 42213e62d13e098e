/**
 * The autosaved draft in a browser: the edited document's text in local
 * storage, offered back after a crash or reload, cleared on save or discard.
 * Local storage is synchronous, so the last draft is still written while the
 * page unloads.
 */
import type { DocumentOrigin } from './platform.ts';

export interface Draft {
  /** The document's name as shown (file or sample name). */
  name: string;
  origin: DocumentOrigin;
  /** The document as `*.flow.json` text. */
  text: string;
  /** ISO time of the write. */
  savedAt: string;
  /** The recent-list entry of the file it belongs to, so Save can write there again. */
  recentId?: string;
}

export interface DraftStore {
  read(): Draft | undefined;
  /** False when the browser refused to store it (storage full or disabled). */
  write(draft: Draft): boolean;
  clear(): void;
}

export const DRAFT_KEY = 'flowboard.draft.v1';

type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Drafts kept in `storage` (window.localStorage in the app). */
export function storageDrafts(storage: KeyStorage, key = DRAFT_KEY): DraftStore {
  return {
    read() {
      try {
        const raw = storage.getItem(key);
        return raw === null ? undefined : parseDraft(JSON.parse(raw));
      } catch {
        return undefined;
      }
    },
    write(draft) {
      try {
        storage.setItem(key, JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Storage that cannot be read holds no draft either.
      }
    },
  };
}

const ORIGINS = new Set<string>(['new', 'sample', 'file']);

/** A stored draft, checked; anything unexpected counts as no draft. */
export function parseDraft(json: unknown): Draft | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { name, origin, text, savedAt, recentId } = json as Record<string, unknown>;
  if (typeof name !== 'string' || typeof text !== 'string' || typeof savedAt !== 'string' || typeof origin !== 'string' || !ORIGINS.has(origin)) return undefined;
  if (Number.isNaN(Date.parse(savedAt))) return undefined;
  const draft: Draft = { name, origin: origin as DocumentOrigin, text, savedAt };
  if (typeof recentId === 'string') draft.recentId = recentId;
  return draft;
}
