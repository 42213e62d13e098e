/** The app shell: toolbar, lesson or palette, canvas, properties and session panel, and status bar. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas.tsx';
import { DocumentsLayer } from '../documents/DocumentsLayer.tsx';
import { InspectorDock } from '../panels/InspectorDock.tsx';
import { RunToolbar } from '../panels/RunToolbar.tsx';
import { RunPanel } from '../run/RunPanel.tsx';
import { BindDialog } from '../session/BindDialog.tsx';
import { useFlow } from '../store/hooks.ts';
import { MenuCommands } from './MenuCommands.tsx';
import { RightPanel } from './RightPanel.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { SidePanel, useShowsLesson } from './SidePanel.tsx';
import { ShortcutKeys } from './ShortcutKeys.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useThemeAttribute } from './useThemeAttribute.ts';

/** The whole window. */
export function App() {
  useThemeAttribute();
  const palette = useFlow((s) => s.panels.palette);
  const lesson = useShowsLesson();
  return (
    <ReactFlowProvider>
      <ShortcutKeys />
      <MenuCommands />
      <div className="app" data-palette={palette} data-side={lesson ? 'lesson' : 'ops'}>
        <Toolbar />
        <RunToolbar />
        {palette && <SidePanel />}
        <Canvas />
        <InspectorDock />
        <RightPanel />
        <RunPanel />
        <StatusBar />
      </div>
      <ShortcutHelp />
      <DocumentsLayer />
      <BindDialog />
    </ReactFlowProvider>
  );
}
