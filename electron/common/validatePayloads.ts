/**
 * Shape checks for every payload the renderer sends. The main process runs
 * them before a handler sees a message; a failure names what was wrong so the
 * refusal can be logged.
 */
import { MAX_DOCUMENT_BYTES, MAX_EXPORT_BYTES, MAX_TITLE_LENGTH, type DocumentState, type ExportFileRequest, type ExportRequest, type SaveRequest } from './payloads.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A payload validator: returns the typed value or why it was refused. */
export type Validator<T> = (payload: unknown) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(reason: string): Checked<T> => ({ ok: false, reason });

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** Refuses fields beyond `allowed`, so a payload cannot smuggle options a handler might later read. */
function onlyKeys(v: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  const extra = Object.keys(v).filter((k) => !allowed.includes(k));
  return extra.length ? `unexpected field${extra.length > 1 ? 's' : ''} ${extra.join(', ')}` : undefined;
}

/** Messages without a payload. */
export const checkNothing: Validator<undefined> = (payload) => (payload === undefined ? ok(undefined) : bad('expected no payload'));

/** `{ title, edited }` after a change. */
export const checkDocumentState: Validator<DocumentState> = (payload) => {
  if (!isPlainObject(payload)) return bad('expected an object');
  const extra = onlyKeys(payload, ['title', 'edited']);
  if (extra) return bad(extra);
  const { title, edited } = payload;
  if (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH) return bad(`title must be text of at most ${MAX_TITLE_LENGTH} characters`);
  if (typeof edited !== 'boolean') return bad('edited must be true or false');
  return ok({ title, edited });
};

/** Document text, bounded in length before anything reads it. */
export const checkDocumentText: Validator<string> = (payload) => {
  if (typeof payload !== 'string') return bad('expected the document as text');
  // A UTF-16 code unit is at least one byte, so this bound never refuses a document the byte limit allows.
  if (payload.length > MAX_DOCUMENT_BYTES) return bad(`the document is larger than ${MAX_DOCUMENT_BYTES} bytes`);
  return ok(payload);
};

/** `{ text, saveAs }`. */
export const checkSaveRequest: Validator<SaveRequest> = (payload) => {
  if (!isPlainObject(payload)) return bad('expected an object');
  const extra = onlyKeys(payload, ['text', 'saveAs']);
  if (extra) return bad(extra);
  const text = checkDocumentText(payload.text);
  if (!text.ok) return text;
  if (typeof payload.saveAs !== 'boolean') return bad('saveAs must be true or false');
  return ok({ text: text.value, saveAs: payload.saveAs });
};

/** `{ format: 'png', data: Uint8Array }` or `{ format: 'svg', data: string }`. */
export const checkExportRequest: Validator<ExportRequest> = (payload) => {
  if (!isPlainObject(payload)) return bad('expected an object');
  const extra = onlyKeys(payload, ['format', 'data']);
  if (extra) return bad(extra);
  const { format, data } = payload;
  if (format === 'png') {
    if (!(data instanceof Uint8Array)) return bad('a PNG export needs its bytes as a Uint8Array');
    if (data.byteLength > MAX_EXPORT_BYTES) return bad(`the image is larger than ${MAX_EXPORT_BYTES} bytes`);
    return ok({ format, data });
  }
  if (format === 'svg') {
    if (typeof data !== 'string') return bad('an SVG export needs its markup as text');
    if (data.length > MAX_EXPORT_BYTES) return bad(`the image is larger than ${MAX_EXPORT_BYTES} bytes`);
    return ok({ format, data });
  }
  return bad('format must be "png" or "svg"');
};

/** The longest suggested file name, the usual file-system limit. */
const MAX_FILE_NAME_LENGTH = 255;

/**
 * `{ name, data, kind }`. The name only seeds the save dialog, but it is joined
 * to a folder there, so anything that could leave that folder is refused.
 */
export const checkExportFileRequest: Validator<ExportFileRequest> = (payload) => {
  if (!isPlainObject(payload)) return bad('expected an object');
  const extra = onlyKeys(payload, ['name', 'data', 'kind']);
  if (extra) return bad(extra);
  const { name, data, kind } = payload;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (typeof name !== 'string' || name.length > MAX_FILE_NAME_LENGTH || !/^[^/\\:*?"<>|\u0000-\u001f]+$/.test(name) || /^\.+$/.test(name)) {
    return bad('name must be a plain file name');
  }
  if (kind !== 'code' && kind !== 'logs' && kind !== 'weights') return bad('kind must be "code", "logs" or "weights"');
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) return bad('data must be text or a Uint8Array');
  if ((typeof data === 'string' ? data.length : data.byteLength) > MAX_EXPORT_BYTES) return bad(`the file is larger than ${MAX_EXPORT_BYTES} bytes`);
  return ok({ name, data, kind });
};

/** A sample's name: letters, digits, `-` and `_` only, so it can never be a path. */
export const checkSampleName: Validator<string> = (payload) =>
  typeof payload === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(payload) ? ok(payload) : bad('expected a sample name');

/** A recent file's opaque id from listRecent: a short token, so it can never be a path. */
export const checkRecentId: Validator<string> = (payload) =>
  typeof payload === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(payload) ? ok(payload) : bad('expected a recent file id');
