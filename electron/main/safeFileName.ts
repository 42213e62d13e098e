/**
 * File names the page suggests (an export's, one made from the document's
 * title) made safe for every file system before a save dialog shows them:
 * no characters a file system refuses, no invisible controls that disguise an
 * extension (a right-to-left override turns "photo\u202Egnp.py" into what reads
 * as "photoyp.png"), no Windows device names, at most 255 bytes.
 */

/** Most file systems (ext4, APFS, NTFS in UTF-16 units) cap a name at 255. */
export const MAX_FILE_NAME_BYTES = 255;

/** C0 and C1 controls, DEL, and the bidirectional and zero-width format characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
export const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED_CHARACTERS = /[\\/:*?"<>|]/g;
/** Windows opens a device, not a file, for these names, whatever the extension. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** An extension kept whole when a long name is shortened. */
const EXTENSION = /\.[^.]{1,16}$/;

/** `name` as a file name every platform accepts, or `fallback` when nothing is left of it. */
export function safeFileName(name: string, fallback = 'Untitled'): string {
  let safe = name.replace(INVISIBLE, '').replace(RESERVED_CHARACTERS, '_');
  // Windows drops trailing dots and spaces; leading ones would hide the file.
  safe = safe.replace(/^[\s.]+|[\s.]+$/g, '');
  if (safe === '') return fallback;
  if (DEVICE_NAMES.test(safe)) safe = `_${safe}`;
  return shorten(safe);
}

/** Cuts the stem, whole characters at a time, until the name fits in MAX_FILE_NAME_BYTES. */
function shorten(name: string): string {
  if (byteLength(name) <= MAX_FILE_NAME_BYTES) return name;
  const extension = EXTENSION.exec(name)?.[0] ?? '';
  const stem = [...name.slice(0, name.length - extension.length)];
  let budget = MAX_FILE_NAME_BYTES - byteLength(extension);
  let kept = '';
  for (const ch of stem) {
    budget -= byteLength(ch);
    if (budget < 0) break;
    kept += ch;
  }
  return `${kept.replace(/[\s.]+$/, '')}${extension}`;
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).byteLength;
}
