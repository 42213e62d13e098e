/** The right-hand panel: the selected node's properties, or the session (what Train does with the graph), as two tabs. */
import { PropertiesPanel } from '../properties/PropertiesPanel.tsx';
import { SessionPanel } from '../session/SessionPanel.tsx';
import { useFlow } from '../store/hooks.ts';
import type { RightTab } from '../store/uiSlice.ts';

const TABS: { id: RightTab; label: string }[] = [
  { id: 'properties', label: 'Properties' },
  { id: 'session', label: 'Session' },
];

/** Tabs over the properties and the session. */
export function RightPanel() {
  const tab = useFlow((s) => s.rightTab);
  const setTab = useFlow((s) => s.setRightTab);
  return (
    <aside className="panel properties right-panel" aria-label="Properties and session">
      <div className="right-panel__tabs" role="tablist" aria-label="Right panel">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`right-tab-${t.id}`} aria-selected={t.id === tab} aria-controls="right-panel-body" className="right-panel__tab" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div className="right-panel__body" role="tabpanel" id="right-panel-body" aria-labelledby={`right-tab-${tab}`}>
        {tab === 'properties' ? <PropertiesPanel /> : <SessionPanel />}
      </div>
    </aside>
  );
}
