/**
 * Wiring ports: the ports a dragged link fits are worked out when it starts,
 * each port under the pointer is checked in full, the link is made on release
 * or refused with the reason, and a link let go on empty canvas opens
 * quick-add for a node wired to it.
 */
import type { Connection, Edge, FinalConnectionState, OnConnectStartParams } from '@xyflow/react';
import { useCallback } from 'react';
import { analysisOf } from '../store/analysis.ts';
import { checkConnection } from '../store/connectionCheck.ts';
import { connectionTargets } from '../store/connectionTargets.ts';
import type { ConnectArgs } from '../store/commands/connect.ts';
import { actions, flowStore } from '../store/flowStore.ts';
import { useScreenToFlow } from './useScreenToFlow.ts';

/** The connection as connect's arguments; React Flow puts outputs on `source` whichever end the drag began at. */
function toConnectArgs(c: Connection | Edge): ConnectArgs {
  return { source: c.source, sourceOutput: c.sourceHandle ?? '', target: c.target, targetInput: c.targetHandle ?? '' };
}

/** Where a mouse or touch event happened, in window coordinates. */
function clientPoint(e: MouseEvent | TouchEvent): { x: number; y: number } {
  const p = 'changedTouches' in e ? e.changedTouches[0] : e;
  return { x: p.clientX, y: p.clientY };
}

/** React Flow's connection callbacks, bound to the app's store. */
export function useConnecting() {
  const screenToFlow = useScreenToFlow();
  const isValidConnection = useCallback((c: Connection | Edge) => checkConnection(flowStore.getState().document, toConnectArgs(c)).ok, []);
  const onConnect = useCallback((c: Connection) => void actions.connect(toConnectArgs(c)), []);
  const onConnectStart = useCallback((_: unknown, p: OnConnectStartParams) => {
    if (!p.nodeId || !p.handleId || !p.handleType) return;
    const s = flowStore.getState();
    s.setConnectTargets(connectionTargets(analysisOf(s.document), { nodeId: p.nodeId, port: p.handleId, type: p.handleType }));
  }, []);
  const onConnectEnd = useCallback(
    (e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const s = flowStore.getState();
      s.setConnectTargets(undefined);
      if (!state.fromHandle) return;
      if (!state.toHandle) {
        // Let go on empty canvas: offer a node to wire to it there (as Blender and ComfyUI do).
        const target = e.target instanceof Element ? e.target : null;
        if (!target?.classList.contains('react-flow__pane') || !state.fromHandle.id) return;
        const screen = clientPoint(e);
        s.openQuickAdd({ screen, flow: screenToFlow(screen), from: { nodeId: state.fromHandle.nodeId, port: state.fromHandle.id, type: state.fromHandle.type } });
        return;
      }
      // A refused link never reaches onConnect; say why here instead of failing silently.
      if (state.isValid !== false) return;
      const [from, to] = state.fromHandle.type === 'source' ? [state.fromHandle, state.toHandle] : [state.toHandle, state.fromHandle];
      const check = checkConnection(s.document, { source: from.nodeId, sourceOutput: from.id ?? '', target: to.nodeId, targetInput: to.id ?? '' });
      if (!check.ok) s.setNotice({ kind: 'error', text: `Not connected: ${check.reason}` });
    },
    [screenToFlow],
  );
  return { isValidConnection, onConnect, onConnectStart, onConnectEnd };
}
