/**
 * The first view of a graph: all of it, when its nodes can still be told
 * apart (zoomed out, they show short labels that stay readable: see
 * ZoomLevel.tsx); else readable from its inputs. The samples run 500 to 7,600
 * units wide: xor-nn fits a laptop's window, ten layers of sigmoids do not.
 */
import type { Position } from '../../core/graph/document.ts';
import type { Size } from '../store/canvasSlice.ts';

/** The smallest zoom at which node names and shapes stay readable. */
export const READABLE_ZOOM = 0.6;
/** Below this zoom the far labels of neighbouring columns (200 units apart) would run into each other. */
export const MIN_FIT_ZOOM = 0.2;

export interface Viewport extends Position {
  zoom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Whether all of `bounds` fits `screen` at MIN_FIT_ZOOM or more. */
export function fitsWhole(bounds: Size, screen: Size, pad: Padding): boolean {
  return fitZoom(bounds, screen, pad) >= MIN_FIT_ZOOM;
}

function fitZoom(bounds: Size, screen: Size, pad: Padding): number {
  const room = { width: Math.max(1, screen.width - pad.left - pad.right), height: Math.max(1, screen.height - pad.top - pad.bottom) };
  return Math.min(room.width / Math.max(1, bounds.width), room.height / Math.max(1, bounds.height), 1);
}

/**
 * Fits `bounds` into `screen` (never magnified past 1); when that needs a zoom
 * below MIN_FIT_ZOOM, shows the graph at READABLE_ZOOM from its left edge (the
 * inputs), centred vertically if it fits; if not, centred on `inputs` (the
 * vertical span of the leftmost nodes), or from the top without it.
 */
export function startViewport(bounds: Position & Size, screen: Size, pad: Padding, inputs?: { top: number; bottom: number }): Viewport {
  const room = { width: Math.max(1, screen.width - pad.left - pad.right), height: Math.max(1, screen.height - pad.top - pad.bottom) };
  const fit = fitZoom(bounds, screen, pad);
  const zoom = fit >= MIN_FIT_ZOOM ? fit : READABLE_ZOOM;
  const across = (size: number, roomSize: number, start: number, origin: number) =>
    size * zoom <= roomSize ? start + (roomSize - size * zoom) / 2 - origin * zoom : start - origin * zoom;
  const x = across(bounds.width, room.width, pad.left, bounds.x);
  if (bounds.height * zoom <= room.height || !inputs) return { x, y: across(bounds.height, room.height, pad.top, bounds.y), zoom };
  // A tall graph: the inputs in the middle of the screen, without showing space above or below the graph.
  const centre = (inputs.top + inputs.bottom) / 2;
  const top = Math.min(Math.max(centre - room.height / zoom / 2, bounds.y), bounds.y + bounds.height - room.height / zoom);
  return { x, y: pad.top - top * zoom, zoom };
}
