/** Wiring ports: the live check while dragging a link, the connect on release, and why a link was refused. */
import type { Connection, Edge, FinalConnectionState } from '@xyflow/react';
import { useCallback } from 'react';
import { checkConnection } from '../store/connectionCheck.ts';
import type { ConnectArgs } from '../store/commands/connect.ts';
import { actions, flowStore } from '../store/flowStore.ts';

/** The connection as connect's arguments; React Flow puts outputs on `source` whichever end the drag began at. */
function toConnectArgs(c: Connection | Edge): ConnectArgs {
  return { source: c.source, sourceOutput: c.sourceHandle ?? '', target: c.target, targetInput: c.targetHandle ?? '' };
}

/** React Flow's connection callbacks, bound to the app's store. */
export function useConnecting() {
  const isValidConnection = useCallback((c: Connection | Edge) => checkConnection(flowStore.getState().document, toConnectArgs(c)).ok, []);
  const onConnect = useCallback((c: Connection) => void actions.connect(toConnectArgs(c)), []);
  const onConnectEnd = useCallback((_: unknown, state: FinalConnectionState) => {
    // A refused link never reaches onConnect; say why here instead of failing silently.
    if (state.isValid !== false || !state.fromHandle || !state.toHandle) return;
    const [from, to] = state.fromHandle.type === 'source' ? [state.fromHandle, state.toHandle] : [state.toHandle, state.fromHandle];
    const check = checkConnection(flowStore.getState().document, { source: from.nodeId, sourceOutput: from.id ?? '', target: to.nodeId, targetInput: to.id ?? '' });
    if (!check.ok) flowStore.getState().setNotice({ kind: 'error', text: `Not connected: ${check.reason}` });
  }, []);
  return { isValidConnection, onConnect, onConnectEnd };
}
