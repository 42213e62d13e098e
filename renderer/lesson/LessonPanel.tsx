/** The open document's lesson (meta.lesson, Markdown), formatted, with links that act on the graph. */
import { useMemo } from 'react';
import { useDocument } from '../store/hooks.ts';
import { MarkdownBlocks } from './Markdown.tsx';
import { parseMarkdown } from './markdown.ts';
import './lesson.css';

/** The lesson text; the side panel shows it only for documents that have one. */
export function LessonPanel() {
  const lesson = useDocument().meta.lesson ?? '';
  const blocks = useMemo(() => parseMarkdown(lesson), [lesson]);
  return (
    <article className="lesson" aria-label="Lesson">
      <MarkdownBlocks blocks={blocks} />
    </article>
  );
}
