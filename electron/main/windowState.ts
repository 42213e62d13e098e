/**
 * The main window's size and position, remembered between runs and restored
 * only where it will be visible (a monitor may have been unplugged).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where a new window goes: the size, plus a position only when the saved one is on screen. */
export interface RestoredWindow {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 640, height: 480 };
/** How much of the window must overlap a display for the saved position to count as visible. */
const VISIBLE = { width: 120, height: 80 };

/** Reads a stored state; anything malformed gives undefined, so the defaults apply. */
export function parseWindowState(json: unknown): WindowState | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { bounds, maximized } = json as Record<string, unknown>;
  if (!isRect(bounds) || typeof maximized !== 'boolean') return undefined;
  return { bounds, maximized };
}

function isRect(v: unknown): v is Rect {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(r[k])) && (r.width as number) > 0 && (r.height as number) > 0;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The window to create, given what was saved and the displays' work areas
 * (primary first). A window that would be off every display keeps its size
 * but not its position, so the system centres it; no window is larger than
 * the display it lands on.
 */
export function restoreWindowState(saved: WindowState | undefined, workAreas: readonly Rect[]): RestoredWindow {
  const primary = workAreas[0];
  const fit = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: Math.max(MIN_SIZE.width, area ? Math.min(size.width, area.width) : size.width),
    height: Math.max(MIN_SIZE.height, area ? Math.min(size.height, area.height) : size.height),
  });
  if (!saved) return { ...fit(DEFAULT_SIZE, primary), maximized: false };

  const host = workAreas.find((area) => {
    const o = overlap(saved.bounds, area);
    return o.width >= VISIBLE.width && o.height >= VISIBLE.height;
  });
  if (!host) return { ...fit(saved.bounds, primary), maximized: saved.maximized };

  const size = fit(saved.bounds, host);
  // The title bar must stay reachable: keep the top edge on the host display.
  const y = Math.min(Math.max(saved.bounds.y, host.y), host.y + host.height - VISIBLE.height);
  return { x: saved.bounds.x, y, ...size, maximized: saved.maximized };
}
