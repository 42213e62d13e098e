/**
 * The gallery's cards: each sample's title, lesson number, the first lines of
 * its lesson text as plain text, and its picture, in course order. Samples
 * load on first use of the gallery, not at start-up.
 */
import type { GraphDocument } from '../../core/graph/document.ts';
import { parseDocument } from '../../core/graph/load.ts';
import { readSampleJson, sampleNames } from '../platform/sampleAssets.ts';
import { graphPicture, type Picture } from './graphPicture.ts';

export interface SampleCard {
  name: string;
  title: string;
  /** The course lesson, from "Lesson N:" in the description. */
  lesson: number | undefined;
  summary: string;
  picture: Picture;
  /** Lower-case text the search looks in. */
  haystack: string;
}

/** The card for one sample. */
export function sampleCard(name: string, doc: GraphDocument): SampleCard {
  const { title, description = '', lesson: text = '' } = doc.meta;
  const lesson = /^Lesson (\d+)/.exec(description)?.[1];
  const summary = lessonSummary(text) || description.replace(/^Lesson \d+:\s*/, '');
  return { name, title, lesson: lesson ? Number(lesson) : undefined, summary, picture: graphPicture(doc), haystack: `${title} ${name} ${description} ${text}`.toLowerCase() };
}

/** The lesson's opening prose as plain text: headings, code blocks and Markdown marks left out. */
export function lessonSummary(markdown: string, maxLength = 280): string {
  const prose: string[] = [];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) inCode = !inCode;
    else if (!inCode && !line.startsWith('#')) prose.push(line.trim());
  }
  const text = prose
    .join(' ')
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\s)[*_]([^*_]+)[*_]/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= maxLength ? text : `${text.slice(0, text.lastIndexOf(' ', maxLength))}…`;
}

/** Cards in course order (unnumbered samples last), keeping those that contain every word of `query`. */
export function filterCards(cards: readonly SampleCard[], query: string): SampleCard[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return cards.filter((c) => words.every((w) => c.haystack.includes(w)));
}

/**
 * The course's order within a lesson that has several samples: wide before
 * deep (lesson 7), the problem before its fix (lesson 8); the famous CNNs
 * (no lesson number) in the order they appeared. Others go by name.
 */
const WITHIN_LESSON = ['xor-wide', 'xor-deep', 'vanishing-gradient-sigmoid', 'vanishing-gradient-relu', 'lenet-5', 'alexnet', 'inception-mnist', 'resnet-mnist', 'kim-cnn', 'alphago-policy'];

function withinLesson(name: string): number {
  const i = WITHIN_LESSON.indexOf(name);
  return i < 0 ? WITHIN_LESSON.length : i;
}

/** Course order: by lesson number (unnumbered last), then the course's order within a lesson. */
export function byCourse(a: SampleCard, b: SampleCard): number {
  return (a.lesson ?? Infinity) - (b.lesson ?? Infinity) || withinLesson(a.name) - withinLesson(b.name) || a.name.localeCompare(b.name);
}

let catalog: Promise<SampleCard[]> | undefined;

/** Every sample's card, loaded once. */
export function loadSampleCards(): Promise<SampleCard[]> {
  catalog ??= Promise.all(
    sampleNames().map(async (name) => {
      const doc = parseDocument(await readSampleJson(name)).document;
      return doc && sampleCard(name, doc);
    }),
  ).then((cards) => cards.filter((c): c is SampleCard => c !== undefined).sort(byCourse));
  return catalog;
}
