/**
 * Tells the canvas's styles how far it is zoomed: `data-zoom="far"` below
 * FAR_ZOOM, where a node's header and ports shrink past reading and the node
 * shows one short label instead, and `--far-scale`, how much that label (and
 * a scope frame's header) is magnified so it reads at 9 to 11 pixels on
 * screen. Written to the DOM, not the store: zooming re-renders nothing.
 */
import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/** Below this zoom the canvas draws nodes as labels: 12.5px names would be under 7px on screen. */
export const FAR_ZOOM = 0.55;

/** A far label's magnification at `zoom`: 11px on screen, down to 9px when zoomed out so far that neighbours would collide. */
export function farScale(zoom: number): number {
  const onScreen = Math.max(9, Math.min(11, 35 * zoom));
  return onScreen / 11 / zoom;
}

/**
 * The zoom the styles are written for: rounded down to a hundredth, so
 * zooming re-renders only on whole steps and a label never reads smaller
 * than farScale promises (rounding up drew 8.8px labels at a zoom of 0.236).
 */
export function styledZoom(zoom: number): number {
  return Math.floor(zoom * 100 + 1e-9) / 100;
}

/** Styles `canvas` (the `.canvas` element) for drawing at `zoom`, already rounded by styledZoom. */
export function applyZoomLevel(canvas: HTMLElement, zoom: number): void {
  canvas.style.setProperty('--far-scale', farScale(zoom).toFixed(3));
  if (zoom < FAR_ZOOM) canvas.dataset.zoom = 'far';
  else delete canvas.dataset.zoom;
}

/** Renders nothing; keeps the `.canvas` element's zoom attributes current. */
export function ZoomLevel() {
  const zoom = useStore((s) => styledZoom(s.transform[2]));
  const store = useStoreApi();
  useEffect(() => {
    const canvas = store.getState().domNode?.closest<HTMLElement>('.canvas');
    if (canvas) applyZoomLevel(canvas, zoom);
  }, [zoom, store]);
  return null;
}
