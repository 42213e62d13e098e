/** Draws React Flow's viewport (nodes, edges and their labels, not the minimap or controls) into a PNG or SVG. */
import { toBlob, toSvg } from 'html-to-image';
import type { ExportImage } from '../platform/platform.ts';
import type { ExportFrame } from './exportFrame.ts';
import { renderedStyleProperties } from './renderedStyles.ts';
import { svgText } from './svgText.ts';

/** A PNG has twice the CSS pixels, so it stays sharp on high-density screens and in slides. */
export const PNG_PIXEL_RATIO = 2;

/**
 * Which computed styles the clone gets: 'rendered', those not at their default somewhere in the drawing
 * (renderedStyles.ts, the same picture much faster), or 'all' of them, html-to-image's own way (the page's
 * `?exportStyles=all`, to check the two agree).
 */
export type ExportStyles = 'rendered' | 'all';

/** The picture of `viewport` (React Flow's `.react-flow__viewport`) placed by `frame` on `background`. */
export async function renderGraphImage(format: 'png' | 'svg', viewport: HTMLElement, frame: ExportFrame, background: string, styles: ExportStyles = 'rendered'): Promise<ExportImage> {
  const options = {
    backgroundColor: background,
    width: frame.width,
    height: frame.height,
    // The clone gets the frame's transform instead of the user's pan and zoom.
    style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})` },
    includeStyleProperties: styles === 'rendered' ? renderedStyleProperties(viewport) : undefined,
  };
  if (format === 'svg') return { format, data: svgText(await toSvg(viewport, options)) };
  const blob = await toBlob(viewport, { ...options, pixelRatio: PNG_PIXEL_RATIO });
  if (!blob) throw new Error('the browser could not encode the PNG.');
  return { format, data: new Uint8Array(await blob.arrayBuffer()) };
}
