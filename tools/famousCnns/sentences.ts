/**
 * The Kim's-CNN template's data: short movie-review sentences labelled
 * positive (1) or negative (0), written for Flowboard, and the rule that
 * turns words into indices: the vocabulary lists every word in order of
 * first appearance after index 0, `<pad>`, which fills a sentence up to
 * SENTENCE_LENGTH words. The sample holds the indices as inline data;
 * templates.test.ts checks they are what `encode` gives.
 */

export const SENTENCE_LENGTH = 10;

/** Training sentences: [text, label], positive and negative in turn. */
export const TRAIN_SENTENCES: readonly (readonly [string, 0 | 1])[] = [
  ['a warm and funny film', 1],
  ['a dull and boring film', 0],
  ['the acting is great', 1],
  ['the acting is awful', 0],
  ['i loved every minute of it', 1],
  ['i hated every minute of it', 0],
  ['a moving story with a great cast', 1],
  ['a messy story with a weak cast', 0],
  ['funny clever and full of heart', 1],
  ['slow silly and full of noise', 0],
  ['the best film of the year', 1],
  ['the worst film of the year', 0],
  ['a beautiful and moving ending', 1],
  ['a boring and pointless ending', 0],
  ['great music and a clever plot', 1],
  ['awful music and a silly plot', 0],
  ['i would watch it again', 1],
  ['i would not watch it again', 0],
  ['the cast is warm and funny', 1],
  ['the cast is dull and weak', 0],
  ['a clever film with real heart', 1],
  ['a pointless film with no heart', 0],
  ['loved the story and the music', 1],
  ['hated the story and the noise', 0],
  ['it is a beautiful film', 1],
  ['it is a messy film', 0],
  ['every scene is great fun', 1],
  ['every scene is slow and dull', 0],
  ['a great ending to a funny story', 1],
  ['a weak ending to a boring story', 0],
  ['the plot is clever and moving', 1],
  ['the plot is silly and awful', 0],
];

/** Held-out sentences (their words all occur in training): the session evaluates accuracy on them. */
export const TEST_SENTENCES: readonly (readonly [string, 0 | 1])[] = [
  ['a funny and clever story', 1],
  ['a slow and silly story', 0],
  ['the music is beautiful', 1],
  ['the music is boring', 0],
  ['i loved the cast', 1],
  ['i hated the plot', 0],
  ['a great film with a warm ending', 1],
  ['a dull film with a weak ending', 0],
];

/** `<pad>`, then every word of the training sentences in order of first appearance. */
export function vocabulary(): string[] {
  const words = ['<pad>'];
  for (const [text] of TRAIN_SENTENCES) for (const w of text.split(' ')) if (!words.includes(w)) words.push(w);
  return words;
}

/** A sentence's word indices, padded with 0 to SENTENCE_LENGTH; throws on a word outside the vocabulary or a sentence too long. */
export function encode(text: string, words: readonly string[] = vocabulary()): number[] {
  const ids = text.split(' ').map((w) => {
    const i = words.indexOf(w);
    if (i < 0) throw new Error(`"${w}" is not in the vocabulary`);
    return i;
  });
  if (ids.length > SENTENCE_LENGTH) throw new Error(`"${text}" has more than ${SENTENCE_LENGTH} words`);
  return [...ids, ...new Array<number>(SENTENCE_LENGTH - ids.length).fill(0)];
}
