import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs joined across lines, lists with wrapped items, and fenced code', () => {
    const text = '# Title\n\nOne line\nand the next.\n\n## Try\n\n- first item\n  wraps here\n- second\n\n1. one\n2. two\n\n```python\nx = 1\n\ny = 2\n```\n';
    expect(parseMarkdown(text)).toEqual([
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'One line and the next.' }] },
      { kind: 'heading', level: 2, children: [{ kind: 'text', text: 'Try' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'first item wraps here' }], [{ kind: 'text', text: 'second' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]] },
      { kind: 'code', lang: 'python', text: 'x = 1\n\ny = 2' },
    ]);
  });

  it('keeps HTML as text: a lesson never injects markup', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'paragraph', children: [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }] }]);
  });
});

describe('parseInline', () => {
  it('reads code, bold, italics and links', () => {
    expect(parseInline('Run `sum` **now**, *then* [try seed 3](flowboard:seed=3).')).toEqual([
      { kind: 'text', text: 'Run ' },
      { kind: 'code', text: 'sum' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'now' }] },
      { kind: 'text', text: ', ' },
      { kind: 'em', children: [{ kind: 'text', text: 'then' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'flowboard:seed=3', children: [{ kind: 'text', text: 'try seed 3' }] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('reads a link whose label holds brackets, and leaves a bracket that is no link alone', () => {
    expect(parseInline('[X fed [5]](flowboard:run=h&X=[5]) and [3, 7]')).toEqual([
      { kind: 'link', href: 'flowboard:run=h&X=[5]', children: [{ kind: 'text', text: 'X fed [5]' }] },
      { kind: 'text', text: ' and [3, 7]' },
    ]);
  });

  it('leaves snake_case names, lone stars and code marks inside code alone', () => {
    expect(parseInline('keep_prob and one_minus_h')).toEqual([{ kind: 'text', text: 'keep_prob and one_minus_h' }]);
    expect(parseInline('2 * 3 * 4')).toEqual([{ kind: 'text', text: '2 * 3 * 4' }]);
    expect(parseInline('`a*b*c`')).toEqual([{ kind: 'code', text: 'a*b*c' }]);
  });

  it('reads every sample lesson: no stray marks left in its text', () => {
    const dir = new URL('../../samples/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const lesson = JSON.parse(readFileSync(new URL(file, dir), 'utf8')).meta.lesson as string;
      const blocks = parseMarkdown(lesson);
      expect(blocks[0].kind, file).toBe('heading');
      const texts = JSON.stringify(blocks.filter((b) => b.kind !== 'code'));
      expect(texts, file).not.toMatch(/\*\*|```/);
    }
  });
});
