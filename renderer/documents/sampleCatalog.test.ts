import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/graph/document.ts';
import { filterCards, lessonSummary, loadSampleCards, sampleCard } from './sampleCatalog.ts';

describe('sample cards', () => {
  it('take the lesson number from the description and a plain-text summary from the lesson', () => {
    const doc = emptyDocument('XOR');
    doc.meta.description = 'Lesson 6: two sigmoid layers learn XOR.';
    doc.meta.lesson = '# XOR\n\nOne unit draws **one line**; XOR needs `two`.\n\n```python\nW1 = tf.Variable()\n```\n\nThen *more*.';
    const card = sampleCard('xor-nn', doc);
    expect([card.lesson, card.summary]).toEqual([6, 'One unit draws one line; XOR needs two. Then more.']);
  });

  it('fall back to the description without its lesson prefix, and cut long text at a word', () => {
    const doc = emptyDocument('T');
    doc.meta.description = 'Lesson 2: fit a line.';
    expect(sampleCard('t', doc).summary).toBe('fit a line.');
    expect(lessonSummary('one two three four', 9)).toBe('one two…');
    expect(lessonSummary('Then [try seed 3](flowboard:seed=3).')).toBe('Then try seed 3.');
  });

  it('search every word in title, name and lesson text', () => {
    const a = sampleCard('xor-nn', Object.assign(emptyDocument('XOR with a neural network'), {}));
    const b = sampleCard('hello', emptyDocument('Hello, TensorFlow'));
    expect(filterCards([a, b], 'xor NEURAL').map((c) => c.name)).toEqual(['xor-nn']);
    expect(filterCards([a, b], '  ').map((c) => c.name)).toEqual(['xor-nn', 'hello']);
  });

  it('cover every bundled sample, in course order, each with a picture', async () => {
    const cards = await loadSampleCards();
    expect(cards.length).toBeGreaterThanOrEqual(18);
    expect(cards[0].name).toBe('hello');
    const lessons = cards.map((c) => c.lesson ?? Infinity);
    expect(lessons).toEqual([...lessons].sort((x, y) => x - y));
    // Within a lesson, as the course goes: wide before deep, the problem before its fix.
    const names = cards.map((c) => c.name);
    expect(names.indexOf('xor-wide')).toBeLessThan(names.indexOf('xor-deep'));
    expect(names.indexOf('vanishing-gradient-sigmoid')).toBe(names.indexOf('vanishing-gradient-relu') - 1);
    for (const c of cards) expect(c.picture.nodes.length, c.name).toBeGreaterThan(0);
  });
});
