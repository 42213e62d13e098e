/** Every action link in every sample's lesson parses and names what exists: nodes of that sample, other samples, attributes it may set. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { setAttr } from '../store/commands/setAttr.ts';
import { parseLessonLink } from './lessonActions.ts';
import { type Inline, parseMarkdown } from './markdown.ts';

const dir = new URL('../../samples/', import.meta.url);
const samples = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));

function links(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((n) => (n.kind === 'link' ? [n.href, ...links(n.children)] : n.kind === 'strong' || n.kind === 'em' ? links(n.children) : []));
}

describe('sample lessons', () => {
  it.each(samples)('%s: every link acts on something that exists', (file) => {
    const doc = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as GraphDocument;
    const hrefs = parseMarkdown(doc.meta.lesson ?? '').flatMap((b) => (b.kind === 'list' ? b.items.flatMap(links) : b.kind === 'code' ? [] : links(b.children)));
    const node = (name: string) => doc.nodes.find((n) => n.name === name);
    for (const href of hrefs) {
      const parsed = parseLessonLink(href);
      expect(parsed, href).toMatchObject({ ok: true });
      if (!parsed.ok) continue;
      for (const a of parsed.actions) {
        if (a.kind === 'select') expect(node(a.node), href).toBeDefined();
        if (a.kind === 'open') expect(existsSync(new URL(`${a.sample}.flow.json`, dir)), href).toBe(true);
        if (a.kind === 'run') {
          for (const f of a.fetches) expect(node(f), href).toBeDefined();
          for (const p of Object.keys(a.feeds)) expect(node(p)?.op, href).toBe('Placeholder');
        }
        if (a.kind === 'set') {
          const target = node(a.node);
          expect(target, href).toBeDefined();
          expect(setAttr(doc, { nodeId: target!.id, attr: a.attr, value: a.value }), href).toMatchObject({ ok: true });
        }
      }
    }
  });

  it('links from most lessons to what to try next', () => {
    const withLinks = samples.filter((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).meta.lesson.includes('](flowboard:'));
    expect(withLinks.length).toBeGreaterThanOrEqual(16);
  });
});
