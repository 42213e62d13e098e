/**
 * The dock's top edge: drag it (or focus it and press the arrow keys) to make
 * the panels taller or shorter. The height is remembered when the drag ends.
 */
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import { browserStorage, clampDockHeight, MIN_DOCK, saveDockHeight } from './dockHeight.ts';

/** Pixels per arrow key press (Shift: five times as many). */
const KEY_STEP = 20;

/** The separator between the canvas and the dock. */
export function DockResizeHandle() {
  const height = useFlow((s) => s.dock.height);
  const drag = useRef<{ y: number; height: number } | undefined>(undefined);
  const set = (h: number) => flowStore.getState().setDock({ height: clampDockHeight(h, window.innerHeight) });
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { y: e.clientY, height };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) set(drag.current.height + drag.current.y - e.clientY);
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = undefined;
    saveDockHeight(browserStorage(), flowStore.getState().dock.height);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = (e.shiftKey ? 5 : 1) * KEY_STEP;
    const by = e.key === 'ArrowUp' ? step : e.key === 'ArrowDown' ? -step : 0;
    if (by === 0) return;
    e.preventDefault();
    set(height + by);
    saveDockHeight(browserStorage(), flowStore.getState().dock.height);
  };
  return (
    <div
      className="dock__resize"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the training panels"
      aria-valuenow={height}
      aria-valuemin={MIN_DOCK}
      aria-valuemax={clampDockHeight(Infinity, window.innerHeight)}
      tabIndex={0}
      title="Drag to resize the panels (or focus and press ↑ ↓)"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
