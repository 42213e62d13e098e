/** Mirrors the chosen theme onto <html data-theme>, where the CSS variables pick it up. */
import { useEffect } from 'react';
import { useFlow } from '../store/hooks.ts';

/** Sets or clears `data-theme` on the document element; "system" leaves it to prefers-color-scheme. */
export function useThemeAttribute(): void {
  const theme = useFlow((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
