/** The window title: the document's name with a modified mark, in each platform's manner. */
import type { DesktopPlatform } from '../common/payloads.ts';

/**
 * macOS shows the name alone (the close button's dot and setDocumentEdited
 * mark changes); Windows and Linux prefix `*` and name the app.
 */
export function windowTitle(name: string, edited: boolean, platform: DesktopPlatform, appName = 'Flowboard'): string {
  return platform === 'darwin' ? name : `${edited ? '*' : ''}${name} - ${appName}`;
}

/** Appends `.flow.json` to a chosen save path that has no extension of ours. */
export function withFlowExtension(path: string): string {
  return /\.flow\.json$/i.test(path) || /\.json$/i.test(path) ? path : `${path}.flow.json`;
}

/** A file name for `name` with `extension`, dropping `.flow.json` or `.json`: "xor.flow.json" -> "xor.png". */
export function fileNameWith(name: string, extension: string): string {
  const stem = name.replace(/\.flow\.json$|\.json$/i, '').replace(/[\\/:*?"<>|]/g, '_').trim() || 'Untitled';
  return `${stem}.${extension}`;
}
