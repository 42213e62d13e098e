/** Where the graph sits in an exported picture: the whole graph, fitted with a margin, never enlarged. */
import type { Rect } from '@xyflow/react';

/** The picture's size in CSS pixels and the viewport transform that puts the graph inside it. */
export interface ExportFrame {
  width: number;
  height: number;
  x: number;
  y: number;
  zoom: number;
}

/** Margin around the graph, in graph units. */
export const EXPORT_PADDING = 32;
/**
 * The longest side in CSS pixels: a PNG at 2x is then at most 8192 pixels a
 * side, which every browser's canvas can hold; larger graphs are scaled down.
 */
export const MAX_EXPORT_SIDE = 4096;

/** The frame for a graph whose nodes cover `bounds`. */
export function exportFrame(bounds: Rect, padding = EXPORT_PADDING, maxSide = MAX_EXPORT_SIDE): ExportFrame {
  const fullWidth = bounds.width + 2 * padding;
  const fullHeight = bounds.height + 2 * padding;
  const zoom = Math.min(1, maxSide / fullWidth, maxSide / fullHeight);
  return {
    width: Math.ceil(fullWidth * zoom),
    height: Math.ceil(fullHeight * zoom),
    x: (padding - bounds.x) * zoom,
    y: (padding - bounds.y) * zoom,
    zoom,
  };
}
