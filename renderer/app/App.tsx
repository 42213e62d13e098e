/** The app shell: toolbar, palette, canvas, properties and session panel, and status bar. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas.tsx';
import { DocumentsLayer } from '../documents/DocumentsLayer.tsx';
import { Palette } from '../palette/Palette.tsx';
import { InspectorDock } from '../panels/InspectorDock.tsx';
import { RunToolbar } from '../panels/RunToolbar.tsx';
import { BindDialog } from '../session/BindDialog.tsx';
import { useFlow } from '../store/hooks.ts';
import { MenuCommands } from './MenuCommands.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { ShortcutKeys } from './ShortcutKeys.tsx';
import { SidePanel } from './SidePanel.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useThemeAttribute } from './useThemeAttribute.ts';

/** The whole window. */
export function App() {
  useThemeAttribute();
  const palette = useFlow((s) => s.panels.palette);
  return (
    <ReactFlowProvider>
      <ShortcutKeys />
      <MenuCommands />
      <div className="app" data-palette={palette}>
        <Toolbar />
        <RunToolbar />
        {palette && <Palette />}
        <Canvas />
        <InspectorDock />
        <SidePanel />
        <StatusBar />
      </div>
      <ShortcutHelp />
      <DocumentsLayer />
      <BindDialog />
    </ReactFlowProvider>
  );
}
