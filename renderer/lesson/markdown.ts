/**
 * The small Markdown of lesson texts, parsed into plain data the Lesson panel
 * renders as React elements (never as HTML, so a lesson cannot inject
 * markup): headings, paragraphs, bullet and numbered lists (items may wrap
 * onto indented lines), fenced code, and inline code, bold, italics and links.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; lang: string; text: string };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const FENCE = /^\s*```\s*([\w+-]*)\s*$/;

/** The blocks of a Markdown text. */
export function parseMarkdown(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i]); i++) body.push(lines[i]);
      i++;
      blocks.push({ kind: 'code', lang: fence[1], text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, children: parseInline(heading[2].trim()) });
      i++;
      continue;
    }
    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const marker = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const item = marker.exec(lines[i]);
        if (item) items.push(item[1]);
        // A wrapped item continues on indented lines.
        else if (items.length > 0 && /^\s+\S/.test(lines[i])) items[items.length - 1] += ` ${lines[i].trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items: items.map((t) => parseInline(t)) });
      continue;
    }
    if (line.trim() === '') {
      i++;
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !FENCE.test(lines[i]) && !HEADING.test(lines[i]) && !BULLET.test(lines[i]) && !NUMBERED.test(lines[i])) para.push(lines[i++].trim());
    blocks.push({ kind: 'paragraph', children: parseInline(para.join(' ')) });
  }
  return blocks;
}

/** Inline marks: `code`, **bold**, *italics* (or _italics_ between word breaks), [links](href). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) {
        flush();
        out.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const link = linkAt(text, i);
      if (link) {
        flush();
        out.push({ kind: 'link', href: link.href, children: parseInline(link.label) });
        i = link.end;
        continue;
      }
    }
    if ((c === '*' || c === '_') && text[i + 1] === c) {
      const end = text.indexOf(c + c, i + 2);
      if (end > i + 2) {
        flush();
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((c === '*' || c === '_') && opensEmphasis(text, i)) {
      const end = closingEmphasis(text, i);
      if (end > 0) {
        flush();
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}

/** `[label](href)` at `start`; the label may hold balanced brackets (`[X = [5]](...)`), the href no spaces. */
function linkAt(text: string, start: number): { label: string; href: string; end: number } | undefined {
  let depth = 0;
  for (let j = start; j < text.length; j++) {
    if (text[j] === '[') depth++;
    else if (text[j] === ']' && --depth === 0) {
      const href = /^\(([^)\s]+)\)/.exec(text.slice(j + 1));
      if (!href || j === start + 1) return undefined;
      return { label: text.slice(start + 1, j), href: href[1], end: j + 1 + href[0].length };
    }
  }
  return undefined;
}

/** A lone `*` or `_` opens emphasis before a non-space; `_` only at a word's start (snake_case stays text). */
function opensEmphasis(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next)) return false;
  return text[i] === '*' || i === 0 || !/\w/.test(text[i - 1]);
}

function closingEmphasis(text: string, start: number): number {
  const mark = text[start];
  for (let j = start + 2; j < text.length; j++) {
    if (text[j] !== mark || /\s/.test(text[j - 1])) continue;
    if (mark === '_' && j + 1 < text.length && /\w/.test(text[j + 1])) continue;
    return j;
  }
  return -1;
}

/** The plain text of inlines (for titles and searches). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.text : inlineText(n.children))).join('');
}
