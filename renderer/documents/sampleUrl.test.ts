import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { createFlowStore } from '../store/createFlowStore.ts';
import { followSampleUrl, urlForDocument } from './sampleUrl.ts';

describe('the sample URL', () => {
  it('names an open sample and is dropped for any other document, keeping other parameters', () => {
    expect(urlForDocument('http://h/?x=1', { name: 'xor-nn', origin: 'sample' })).toBe('http://h/?x=1&sample=xor-nn');
    expect(urlForDocument('http://h/?sample=hello&x=1', { name: 'a.flow.json', origin: 'file' })).toBe('http://h/?x=1');
  });

  it('follows the store, replacing the history entry only when the URL changes', () => {
    const store = createFlowStore();
    const calls: string[] = [];
    const win = {
      location: { href: 'http://h/' },
      history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => void (calls.push(url), (win.location.href = url)) },
    };
    followSampleUrl(store, win as unknown as Window);
    store.getState().openDocument(emptyDocument(), { name: 'xor-nn', origin: 'sample' });
    store.getState().setTheme('dark');
    store.getState().openDocument(emptyDocument(), { name: 'Untitled', origin: 'new' });
    expect(calls).toEqual(['http://h/?sample=xor-nn', 'http://h/']);
  });
});
