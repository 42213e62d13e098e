/** Fits the view when the backward pass appears or goes, since it doubles or halves the graph's width. */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/** Calls fitView when `on` flips (not on mount, where the canvas fits by itself). */
export function useFitOnToggle(on: boolean, options: Parameters<ReturnType<typeof useReactFlow>['fitView']>[0]): void {
  const { fitView } = useReactFlow();
  const last = useRef(on);
  useEffect(() => {
    // fitView's identity can change between renders, so compare the flag itself.
    if (last.current === on) return;
    last.current = on;
    // React Flow queues the fit until the new nodes are measured.
    void fitView({ ...options, duration: 200 });
  }, [on, fitView, options]);
}
