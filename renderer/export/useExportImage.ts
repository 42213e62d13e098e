/** Exports the canvas as a picture through the platform; used by the browser's File menu and the desktop menu. */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { applyZoomLevel, styledZoom } from '../canvas/ZoomLevel.tsx';
import { platform } from '../documents/appDocuments.ts';
import { flowStore } from '../store/flowStore.ts';
import { exportFrame } from './exportFrame.ts';
import { exportErrorNotice, exportNotice } from './exportNotice.ts';
import { renderGraphImage } from './renderGraphImage.ts';

/** A function that exports the whole graph as PNG or SVG and says how it went in the status bar; call under the ReactFlowProvider. */
export function useExportImage(): (format: 'png' | 'svg') => Promise<void> {
  const rf = useReactFlow();
  return useCallback(
    async (format) => {
      const notify = flowStore.getState().setNotice;
      const nodes = rf.getNodes().filter((n) => !n.hidden);
      const viewport = document.querySelector<HTMLElement>('.canvas .react-flow__viewport');
      const root = viewport?.closest<HTMLElement>('.react-flow');
      const canvas = root?.closest<HTMLElement>('.canvas');
      if (nodes.length === 0 || !viewport || !root || !canvas) return notify({ kind: 'info', text: 'The graph is empty: there is nothing to export.' });
      const { setExporting } = flowStore.getState();
      try {
        // A large graph takes seconds to draw: say so until the file is offered.
        notify({ kind: 'info', text: `Drawing the ${format.toUpperCase()} of ${nodes.length} nodes…` });
        // A large graph has only the nodes in view in the DOM: mount them all for the picture.
        setExporting(true);
        await allNodesDrawn(root, nodes.length);
        // React Flow's own background, so the picture follows the light or dark theme.
        const background = getComputedStyle(root).backgroundColor;
        const styles = new URLSearchParams(location.search).get('exportStyles') === 'all' ? 'all' : 'rendered';
        const frame = exportFrame(rf.getNodesBounds(nodes));
        // The picture is drawn at the frame's zoom, not the canvas's: nodes zoomed far out on screen show only their
        // names, magnified for that zoom, which in a picture at 100% came out as oversized labels with no ports or shapes.
        applyZoomLevel(canvas, styledZoom(frame.zoom));
        const image = await renderGraphImage(format, viewport, frame, background, styles);
        applyZoomLevel(canvas, styledZoom(rf.getZoom()));
        setExporting(false);
        notify(undefined);
        const notice = exportNotice(await platform.exportImage(image));
        if (notice) notify(notice);
      } catch (e) {
        notify(exportErrorNotice(e));
      } finally {
        applyZoomLevel(canvas, styledZoom(rf.getZoom()));
        setExporting(false);
      }
    },
    [rf],
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until `count` nodes are in the DOM and measured, and a frame more for
 * their edges; gives up after two seconds (the picture then shows what is drawn).
 */
async function allNodesDrawn(root: HTMLElement, count: number): Promise<void> {
  const end = performance.now() + 2000;
  const drawn = () => root.querySelectorAll('.react-flow__node:not([style*="visibility: hidden"])').length;
  while (drawn() < count && performance.now() < end) await nextFrame();
  await nextFrame();
  await nextFrame();
}
