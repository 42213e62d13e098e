/**
 * How tall the training dock is: dragged by its top edge, kept between a
 * usable panel and a usable canvas, and remembered across sessions in the
 * browser's storage (a setting of this machine, not of the document).
 */

/** The smallest dock that still shows a chart under its tabs. */
export const MIN_DOCK = 160;
/** Room the canvas, toolbars and status bar keep above a dock dragged up. */
const KEEP_ABOVE = 280;
const KEY = 'flowboard.dockHeight';

/** Storage as the browser's localStorage offers it; any call may throw where storage is disabled. */
export interface HeightStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The height kept within [MIN_DOCK, window height - KEEP_ABOVE], in whole pixels. */
export function clampDockHeight(height: number, windowHeight: number): number {
  return Math.round(Math.max(MIN_DOCK, Math.min(windowHeight - KEEP_ABOVE, height)));
}

/** The first height: 44% of the window, between 260 and 480 pixels, as before the dock could be dragged. */
export function defaultDockHeight(windowHeight: number): number {
  return clampDockHeight(Math.max(260, Math.min(480, windowHeight * 0.44)), windowHeight);
}

/** The remembered height for this window, or the default. */
export function loadDockHeight(storage: HeightStorage | undefined, windowHeight: number): number {
  let saved: number | undefined;
  try {
    const text = storage?.getItem(KEY);
    saved = text == null ? undefined : Number(text);
  } catch {
    saved = undefined;
  }
  return saved !== undefined && Number.isFinite(saved) && saved > 0 ? clampDockHeight(saved, windowHeight) : defaultDockHeight(windowHeight);
}

/** Remembers the height; storage that refuses is ignored (the height then lasts this session). */
export function saveDockHeight(storage: HeightStorage | undefined, height: number): void {
  try {
    storage?.setItem(KEY, String(Math.round(height)));
  } catch {
    // Storage disabled or full: nothing to remember it in.
  }
}

/** window.localStorage, or undefined where merely touching it throws. */
export function browserStorage(): HeightStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
