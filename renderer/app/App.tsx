/** The app shell: toolbar, palette, canvas, properties panel and status bar. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas.tsx';
import { Palette } from '../palette/Palette.tsx';
import { PropertiesPanel } from '../properties/PropertiesPanel.tsx';
import { useFlow } from '../store/hooks.ts';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useThemeAttribute } from './useThemeAttribute.ts';

/** The whole window. */
export function App() {
  useShortcuts();
  useThemeAttribute();
  const palette = useFlow((s) => s.panels.palette);
  return (
    <ReactFlowProvider>
      <div className="app" data-palette={palette}>
        <Toolbar />
        {palette && <Palette />}
        <Canvas />
        <PropertiesPanel />
        <StatusBar />
      </div>
    </ReactFlowProvider>
  );
}
