/**
 * What an editing command returns. Commands are pure: they take a document and
 * arguments and give back a new document (sharing untouched nodes and edges) or
 * the reason they refused, in words a user can read.
 */
import type { GraphDocument } from '../../../core/graph/document.ts';

export type CommandResult<T = undefined> = { ok: true; doc: GraphDocument; value: T } | { ok: false; error: string };

/** A pure editing command. */
export type Command<A, T = undefined> = (doc: GraphDocument, args: A) => CommandResult<T>;

/** A successful result. */
export function done<T = undefined>(doc: GraphDocument, value?: T): CommandResult<T> {
  return { ok: true, doc, value: value as T };
}

/** A refusal; the document stays as it was. */
export function refuse(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
