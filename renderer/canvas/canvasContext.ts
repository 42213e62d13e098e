/**
 * View state every node needs but that changes rarely (the ports a dragged
 * link fits), handed down by context: a store subscription per port would run
 * on every store update, a thousand selectors for a 500-node graph.
 */
import { createContext, useContext } from 'react';
import { portKey } from '../store/connectionTargets.ts';

/** While a link is dragged: the ports it may end on; undefined otherwise. */
export const ConnectTargetsContext = createContext<ReadonlySet<string> | undefined>(undefined);

/** `true` or `false` while a link is being dragged, else undefined (no highlighting). */
export function useFits(nodeId: string, port: string): boolean | undefined {
  const targets = useContext(ConnectTargetsContext);
  return targets ? targets.has(portKey(nodeId, port)) : undefined;
}
