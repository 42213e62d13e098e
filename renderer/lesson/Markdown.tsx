/**
 * Parsed lesson Markdown as React elements: text always as text, never as
 * HTML. `flowboard:` links act (lessonActions.ts), http(s) links open in a
 * new window, and any other link shows as plain text.
 */
import { Fragment, type ReactNode } from 'react';
import { describeActions, LESSON_SCHEME, parseLessonLink } from './lessonActions.ts';
import type { Block, Inline } from './markdown.ts';
import { runLessonActions } from './runLessonActions.ts';

/** The blocks of a lesson. */
export function MarkdownBlocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Fragment key={i}>{block(b)}</Fragment>
      ))}
    </>
  );
}

function block(b: Block): ReactNode {
  switch (b.kind) {
    case 'heading': {
      // The lesson's own title is the panel's heading (h2); its sections go under it.
      const Tag = (['h2', 'h3', 'h4', 'h5', 'h6', 'h6'] as const)[b.level - 1];
      return <Tag className={`lesson__h lesson__h${b.level}`}>{inlines(b.children)}</Tag>;
    }
    case 'paragraph':
      return <p className="lesson__p">{inlines(b.children)}</p>;
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{inlines(item)}</li>);
      return b.ordered ? <ol className="lesson__list">{items}</ol> : <ul className="lesson__list">{items}</ul>;
    }
    case 'code':
      return (
        <pre className="lesson__code" data-lang={b.lang || undefined}>
          <code>{b.text}</code>
        </pre>
      );
  }
}

function inlines(list: readonly Inline[]): ReactNode {
  return list.map((n, i) => <Fragment key={i}>{inline(n)}</Fragment>);
}

function inline(n: Inline): ReactNode {
  switch (n.kind) {
    case 'text':
      return n.text;
    case 'code':
      return <code className="lesson__inline-code">{n.text}</code>;
    case 'strong':
      return <strong>{inlines(n.children)}</strong>;
    case 'em':
      return <em>{inlines(n.children)}</em>;
    case 'link':
      return <LessonLink href={n.href}>{inlines(n.children)}</LessonLink>;
  }
}

function LessonLink({ href, children }: { href: string; children: ReactNode }) {
  if (href.startsWith(LESSON_SCHEME)) {
    const parsed = parseLessonLink(href);
    if (!parsed.ok)
      return (
        <span className="lesson__bad-link" title={parsed.message}>
          {children}
        </span>
      );
    return (
      <a
        href={href}
        className="lesson__action"
        title={describeActions(parsed.actions)}
        onClick={(e) => {
          e.preventDefault();
          void runLessonActions(parsed.actions);
        }}
      >
        {children}
      </a>
    );
  }
  if (/^https?:\/\//.test(href))
    return (
      <a href={href} className="lesson__link" target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  return <span>{children}</span>;
}
