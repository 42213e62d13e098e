/** Exports the canvas as a picture through the platform; used by the browser's File menu and the desktop menu. */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
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
      if (nodes.length === 0 || !viewport || !root) return notify({ kind: 'info', text: 'The graph is empty: there is nothing to export.' });
      try {
        // React Flow's own background, so the picture follows the light or dark theme.
        const background = getComputedStyle(root).backgroundColor;
        const image = await renderGraphImage(format, viewport, exportFrame(rf.getNodesBounds(nodes)), background);
        const notice = exportNotice(await platform.exportImage(image));
        if (notice) notify(notice);
      } catch (e) {
        notify(exportErrorNotice(e));
      }
    },
    [rf],
  );
}
