/** Cycles the theme: follow the system, light, dark. */
import { flowStore } from '../store/flowStore.ts';
import { useFlow } from '../store/hooks.ts';
import type { ThemeChoice } from '../store/uiSlice.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** The theme button in the toolbar. */
export function ThemeButton() {
  const theme = useFlow((s) => s.theme);
  return (
    <button type="button" className="button" aria-label={`Theme: ${LABEL[theme]}`} title={`Theme: ${LABEL[theme]} (click for ${LABEL[NEXT[theme]]})`} onClick={() => flowStore.getState().setTheme(NEXT[theme])}>
      <span className="button__icon" aria-hidden>{ICON[theme]}</span>
      <span className="button__label">{LABEL[theme]}</span>
    </button>
  );
}
