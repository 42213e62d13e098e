/**
 * The thin hook over a chart engine: creates it on the element once there is
 * data and the element is mounted, updates it with each new data, destroys it
 * on unmount (or when the element is replaced).
 */
import { type RefObject, useEffect, useRef } from 'react';
import type { ChartEngine } from './chartEngine.ts';

/** A chart engine made by `create(el)`, kept for the element's life; attach the returned ref to the element. */
export function useChart<D>(create: (el: HTMLElement) => ChartEngine<D>, data: D | undefined): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<{ el: HTMLElement; engine: ChartEngine<D>; data: D | undefined } | undefined>(undefined);
  // After every render: the element may have just mounted; the engine redraws only for new data.
  useEffect(() => {
    const el = ref.current;
    if (data === undefined || !el) return;
    if (chart.current?.el !== el) {
      chart.current?.engine.destroy();
      chart.current = { el, engine: create(el), data: undefined };
    }
    if (chart.current.data === data) return;
    chart.current.data = data;
    chart.current.engine.update(data);
  });
  useEffect(
    () => () => {
      chart.current?.engine.destroy();
      chart.current = undefined;
    },
    [],
  );
  return ref;
}
