/**
 * Keeps `?sample=NAME` in the address bar while a sample is open, so a lesson
 * can be linked and a reload opens it again; any other document drops it.
 */
import type { FileInfo } from '../store/documentSlice.ts';
import type { FlowStore } from '../store/createFlowStore.ts';

/** The URL for `href` showing `file`: with ?sample= for a sample, without it otherwise. */
export function urlForDocument(href: string, file: FileInfo): string {
  const url = new URL(href);
  if (file.origin === 'sample') url.searchParams.set('sample', file.name);
  else url.searchParams.delete('sample');
  return url.href;
}

/** Follows the store's file in `win`'s URL (replacing the entry: Back does not step through documents). */
export function followSampleUrl(store: FlowStore, win: Pick<Window, 'location' | 'history'>): () => void {
  const update = () => {
    const next = urlForDocument(win.location.href, store.getState().file);
    if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
  };
  update();
  return store.subscribe((state, previous) => {
    if (state.file !== previous.file) update();
  });
}
