/** Binds Ctrl/Cmd+Alt+S (Save trained weights) and Ctrl/Cmd+Alt+O (Load weights…) on the window, in the browser and the desktop app. */
import { useEffect } from 'react';
import { flowStore } from '../store/flowStore.ts';
import { training } from '../training/appTraining.ts';
import { loadWeights, saveTrainedWeights } from './weightsFiles.ts';
import { weightsShortcutFor } from './weightsShortcuts.ts';

/** Whether the focus is where keys type text. */
function typingIn(el: Element | null): boolean {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);
}

/** Listens on the window for the app's lifetime. */
export function useWeightsShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = weightsShortcutFor(e, typingIn(document.activeElement));
      if (!action) return;
      e.preventDefault();
      if (action === 'saveWeights') void saveTrainedWeights(flowStore, training());
      else void loadWeights(flowStore, training());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
