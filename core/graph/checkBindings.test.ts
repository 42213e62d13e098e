import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { analyze } from './analyze.ts';
import type { DataBinding } from './document.ts';

/** A graph with a [?] and a [?,2] Placeholder, bound as given. */
function bound(feeds: (ids: { x: string; y: string }) => Record<string, DataBinding>, files?: Record<string, string>, evalFeeds?: (ids: { x: string; y: string }) => Record<string, DataBinding>) {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null] }, 'x');
  const y = g.add('Placeholder', { shape: [null, 2] }, 'Y');
  g.add('Identity', {}, 'xi', { x });
  g.add('Identity', {}, 'yi', { x: y });
  const ids = { x: x.id, y: y.id };
  g.session = { fetches: [], feeds: feeds(ids), ...(files ? { files } : {}), ...(evalFeeds ? { evalFeeds: evalFeeds(ids) } : {}) };
  return analyze(g.doc()).diagnostics.filter((d) => d.code === 'BAD_BINDING');
}

describe('the analysis checks bound data against its Placeholder', () => {
  it('flags rank-2 inline data for a rank-1 Placeholder (issue 19), naming the Placeholder and both shapes', () => {
    const found = bound(({ x }) => ({ [x]: { kind: 'inline', value: [[1, 2], [3, 4]] } }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', nodeId: 'n0' });
    expect(found[0].message).toBe('Placeholder "x" takes [?] float32, but the data bound to it (inline data) is [2,2]: rank 2 where the Placeholder has rank 1');
    expect(found[0].fix).toBe('bind data of shape [?] to "x" in the Session panel, or change the Placeholder\'s shape');
  });

  it('accepts data that fits, and says nothing of a CSV file it cannot read', () => {
    expect(bound(({ x, y }) => ({ [x]: { kind: 'inline', value: [[1], [2]] }, [y]: { kind: 'inline', value: [[1, 2], [3, 4]] } }))).toEqual([]);
    expect(bound(({ x }) => ({ [x]: { kind: 'csv', path: 'elsewhere.csv', columns: ['a', 'b', 'c'] } }))).toEqual([]);
  });

  it('checks a kept CSV file: its columns, its numbers and its one-hot classes', () => {
    const files = { 'd.csv': 'a,b,label\n1,2,cat\n3,4,dog\n5,6,cat\n' };
    expect(bound(({ x, y }) => ({ [x]: { kind: 'csv', path: 'd.csv', columns: ['a'] }, [y]: { kind: 'csv', path: 'd.csv', columns: ['label'], oneHot: ['cat', 'dog'] } }), files)).toEqual([]);
    const wide = bound(({ x }) => ({ [x]: { kind: 'csv', path: 'd.csv', columns: ['a', 'b'] } }), files);
    expect(wide[0].message).toBe('Placeholder "x" takes [?] float32, but the data bound to it (d.csv columns a, b) is [3,2]: rank 2 where the Placeholder has rank 1');
    const words = bound(({ x }) => ({ [x]: { kind: 'csv', path: 'd.csv', columns: ['label'] } }), files);
    expect(words[0].message).toMatch(/^the training data bound to Placeholder "x" cannot be read: d\.csv line 2, column "label": "cat" is not a number/);
  });

  it('flags batched data that disagree on the number of examples', () => {
    const found = bound(({ x, y }) => ({ [x]: { kind: 'inline', value: [1, 2, 3] }, [y]: { kind: 'inline', value: [[1, 2], [3, 4]] } }));
    expect(found.map((d) => d.message)).toEqual(['the training data disagree on the number of examples: Placeholder "x" has 3, Placeholder "Y" has 2']);
    expect(found[0].nodeId).toBe('n1');
  });

  it('checks evaluation data over the training data it replaces', () => {
    const found = bound(
      ({ x, y }) => ({ [x]: { kind: 'inline', value: [1, 2] }, [y]: { kind: 'inline', value: [[1, 2], [3, 4]] } }),
      undefined,
      ({ x }) => ({ [x]: { kind: 'inline', value: [[1, 2, 3]] } }),
    );
    expect(found.map((d) => d.message)).toEqual(['Placeholder "x" takes [?] float32, but the data bound to it (evaluation inline data) is [1,3]: rank 2 where the Placeholder has rank 1']);
  });
});
