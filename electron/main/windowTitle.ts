/** The window title: the document's name with a modified mark, in each platform's manner. */
import type { DesktopPlatform } from '../common/payloads.ts';
import { INVISIBLE, safeFileName } from './safeFileName.ts';

/**
 * macOS shows the name alone (the close button's dot and setDocumentEdited
 * mark changes); Windows and Linux prefix `*` and name the app.
 */
export function windowTitle(name: string, edited: boolean, platform: DesktopPlatform, appName = 'Flowboard'): string {
  const shown = titleText(name);
  return platform === 'darwin' ? shown : `${edited ? '*' : ''}${shown} - ${appName}`;
}

/** The most of a name a title shows; the title bar cuts it long before. */
const MAX_TITLE_CHARACTERS = 200;

/** A name fit for a title bar: controls and direction overrides removed, line breaks as spaces, not endless. */
function titleText(name: string): string {
  const text = name.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return [...(text || 'Untitled')].slice(0, MAX_TITLE_CHARACTERS).join('');
}

/** Appends `.flow.json` to a chosen save path that has no extension of ours. */
export function withFlowExtension(path: string): string {
  return /\.flow\.json$/i.test(path) || /\.json$/i.test(path) ? path : `${path}.flow.json`;
}

/** A file name for `name` with `extension`, dropping `.flow.json` or `.json`: "xor.flow.json" -> "xor.png". */
export function fileNameWith(name: string, extension: string): string {
  const stem = safeFileName(name.replace(/\.flow\.json$|\.json$/i, ''));
  return safeFileName(`${stem}.${extension}`);
}
