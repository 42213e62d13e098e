/** Binds the File shortcuts in a browser; in the desktop app the native menu's accelerators do this. */
import { useEffect } from 'react';
import { fileCommands, platform } from './appDocuments.ts';
import { fileShortcutFor } from './fileShortcuts.ts';

/** Listens on the window for the app's lifetime. */
export function useFileShortcuts(): void {
  useEffect(() => {
    if (platform.nativeMenu) return;
    const onKey = (e: KeyboardEvent) => {
      const action = fileShortcutFor(e);
      if (!action) return;
      e.preventDefault();
      // Leaving a field applies what was typed in it, so the save includes it.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      if (action === 'open') void fileCommands.open();
      else void fileCommands.save(action === 'saveAs');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
