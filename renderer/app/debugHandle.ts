/**
 * With `?debug` in the URL, the store and its actions are reachable from the
 * page as `window.flowboardDebug`, for benchmarks and debugging in devtools (a
 * 500-node graph has no sample to open). Without it nothing is exposed.
 */
import { actions, flowStore } from '../store/flowStore.ts';

declare global {
  interface Window {
    flowboardDebug?: {
      store: typeof flowStore;
      actions: typeof actions;
      /** Centres the canvas on a point in flow coordinates at a zoom; set once the canvas is up. */
      setCenter?: (x: number, y: number, zoom: number) => void;
    };
  }
}

/** Exposes the store when the URL asks for it. */
export function exposeDebugHandle(search: string): void {
  if (new URLSearchParams(search).has('debug')) window.flowboardDebug = { store: flowStore, actions };
}
