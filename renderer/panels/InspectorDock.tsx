/**
 * The training panels under the canvas, as tabs: scalars, decision boundary,
 * histograms, distributions, images and the selected node. Folded to its tab row while
 * nothing was trained, so editing has the whole canvas; each new run unfolds it.
 * Its top edge drags to resize it; open state and height live in the store,
 * so the canvas can re-fit the graph when they change.
 */
import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { browserStorage, loadDockHeight } from './dockHeight.ts';
import { DockResizeHandle } from './DockResizeHandle.tsx';
import { BoundaryPanel } from './BoundaryPanel.tsx';
import { DistributionsPanel } from './DistributionsPanel.tsx';
import { HistogramsPanel } from './HistogramsPanel.tsx';
import { ImagesPanel } from './ImagesPanel.tsx';
import { NodePanel } from './NodePanel.tsx';
import { ScalarsPanel } from './ScalarsPanel.tsx';
import { ScrubNote } from './ScrubNote.tsx';
import { ConfusionPanel } from '../poke/ConfusionPanel.tsx';
import { DrawPanel } from '../poke/DrawPanel.tsx';

const TABS: { id: string; label: string; panel: () => ReactNode }[] = [
  { id: 'scalars', label: 'Scalars', panel: () => <ScalarsPanel /> },
  { id: 'boundary', label: 'Decision boundary', panel: () => <BoundaryPanel /> },
  { id: 'histograms', label: 'Histograms', panel: () => <HistogramsPanel /> },
  { id: 'distributions', label: 'Distributions', panel: () => <DistributionsPanel /> },
  { id: 'images', label: 'Images', panel: () => <ImagesPanel /> },
  { id: 'node', label: 'Selected node', panel: () => <NodePanel /> },
  { id: 'confusion', label: 'Confusion', panel: () => <ConfusionPanel /> },
  { id: 'draw', label: 'Draw', panel: () => <DrawPanel /> },
];

/** The dock; it can be folded to its tab row. */
export function InspectorDock() {
  const [tab, setTab] = useState('scalars');
  const open = useFlow((s) => s.dock.open);
  const height = useFlow((s) => s.dock.height);
  const setOpen = (next: boolean) => flowStore.getState().setDock({ open: next });
  useEffect(() => {
    flowStore.getState().setDock({ height: loadDockHeight(browserStorage(), window.innerHeight) });
  }, []);
  const currentRun = useFlow((s) => s.run.currentRun);
  const [runShown, setRunShown] = useState(currentRun);
  if (runShown !== currentRun) {
    setRunShown(currentRun);
    setOpen(true);
  }
  const current = TABS.find((t) => t.id === tab)!;
  return (
    <section className="dock" data-open={open} aria-label="Training panels" style={open && height > 0 ? ({ height, '--dock-height': `${height}px` } as CSSProperties) : undefined}>
      {open && <DockResizeHandle />}
      <div className="dock__tabs" role="tablist" aria-label="Training panels">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`dock-tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls="dock-panel"
            className="dock__tab"
            onClick={() => {
              setTab(t.id);
              setOpen(true);
            }}
          >
            {t.label}
          </button>
        ))}
        <span className="toolbar__spacer" />
        <ScrubNote />
        <button type="button" className="button button--icon dock__fold" aria-label={open ? 'Fold the panels' : 'Unfold the panels'} aria-expanded={open} onClick={() => setOpen(!open)}>
          <span aria-hidden>{open ? '▾' : '▴'}</span>
        </button>
      </div>
      {open && (
        <div className="dock__panel" role="tabpanel" id="dock-panel" aria-labelledby={`dock-tab-${tab}`}>
          {current.panel()}
        </div>
      )}
    </section>
  );
}
