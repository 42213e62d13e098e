/**
 * The left-hand column: for a document with a lesson (every sample), two
 * tabs, the Lesson and the op palette (Ops); else the palette alone. Opening
 * a document with a lesson shows its lesson.
 */
import { useEffect } from 'react';
import { LessonPanel } from '../lesson/LessonPanel.tsx';
import { Palette } from '../palette/Palette.tsx';
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import type { SideTab } from '../store/uiSlice.ts';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'lesson', label: 'Lesson' },
  { id: 'ops', label: 'Ops' },
];

/** Whether the column shows the lesson now. */
export function useShowsLesson(): boolean {
  return useFlow((s) => s.sideTab === 'lesson' && !!s.document.meta.lesson?.trim());
}

/** The column. */
export function SidePanel() {
  const hasLesson = useFlow((s) => !!s.document.meta.lesson?.trim());
  const generation = useFlow((s) => s.generation);
  const tab = useFlow((s) => s.sideTab);
  useEffect(() => {
    if (flowStore.getState().document.meta.lesson?.trim()) flowStore.getState().setSideTab('lesson');
  }, [generation]);
  if (!hasLesson) return <Palette />;
  return (
    <div className="side-panel">
      <div className="side-panel__tabs" role="tablist" aria-label="Side panel">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls="side-panel-body"
            className="side-panel__tab"
            onClick={() => flowStore.getState().setSideTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="side-panel__body" role="tabpanel" id="side-panel-body" aria-labelledby={`side-tab-${tab}`}>
        {tab === 'lesson' ? <LessonPanel /> : <Palette />}
      </div>
    </div>
  );
}
