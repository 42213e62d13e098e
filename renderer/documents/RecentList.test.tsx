import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RecentDocument } from '../platform/platform.ts';
import { recentDetail, recentLabel, RecentList } from './RecentList.tsx';

const desktop: RecentDocument = { id: 'r1', name: 'xor.flow.json', folder: 'a/lessons', usedAt: '2025-01-01T10:00:00.000Z', linked: true };
const browser: RecentDocument = { id: 'b1', name: 'mnist.flow.json', title: 'MNIST', usedAt: '2025-01-01T10:00:00.000Z', linked: false };

describe('the recent list', () => {
  it('labels desktop files with their folder and browser copies with their title', () => {
    expect([recentLabel(desktop), recentDetail(desktop)]).toEqual(['xor.flow.json', 'in a/lessons']);
    expect([recentLabel(browser), recentDetail(browser)]).toEqual(['mnist.flow.json (browser copy)', 'MNIST']);
    expect(recentDetail({ ...desktop, title: 'XOR' })).toBe('XOR · in a/lessons');
  });

  it('renders each entry as a button, with a time only where one is known', () => {
    const html = renderToStaticMarkup(<RecentList recent={[desktop, { id: 'r2', name: 'old.flow.json', folder: '~', linked: true }]} onOpen={() => undefined} />);
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).toContain('title="Open xor.flow.json from a/lessons"');
    expect(html).toContain('<span class="recent-list__title">in ~</span>');
    expect(html.match(/recent-list__when/g)).toHaveLength(1);
  });

  it('renders nothing for an empty list', () => {
    expect(renderToStaticMarkup(<RecentList recent={[]} onOpen={() => undefined} />)).toBe('');
  });
});
