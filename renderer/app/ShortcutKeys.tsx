/** Mounts the keyboard shortcuts under the ReactFlowProvider, where the canvas view can be reached. */
import { useShortcuts } from './useShortcuts.ts';

/** Renders nothing; binds the shortcuts while mounted. */
export function ShortcutKeys() {
  useShortcuts();
  return null;
}
