/** The right-hand panel: the selected node's properties, or the session (what Train does with the graph), as two tabs. */
import { PropertiesPanel } from '../properties/PropertiesPanel.tsx';
import { SessionPanel } from '../session/SessionPanel.tsx';
import { useFlow } from '../store/hooks.ts';
import type { SideTab } from '../store/uiSlice.ts';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'properties', label: 'Properties' },
  { id: 'session', label: 'Session' },
];

/** Tabs over the properties and the session. */
export function SidePanel() {
  const tab = useFlow((s) => s.sideTab);
  const setTab = useFlow((s) => s.setSideTab);
  return (
    <aside className="panel properties side-panel" aria-label="Properties and session">
      <div className="side-panel__tabs" role="tablist" aria-label="Right panel">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`side-tab-${t.id}`} aria-selected={t.id === tab} aria-controls="side-panel-body" className="side-panel__tab" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div className="side-panel__body" role="tabpanel" id="side-panel-body" aria-labelledby={`side-tab-${tab}`}>
        {tab === 'properties' ? <PropertiesPanel /> : <SessionPanel />}
      </div>
    </aside>
  );
}
