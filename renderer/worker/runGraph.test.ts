import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument, NestedNumbers } from '../../core/graph/document.ts';
import type { RunResult } from '../training/protocol.ts';
import { runGraph } from './runGraph.ts';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;
const hello = sample('hello');
const id = (doc: GraphDocument, name: string) => doc.nodes.find((n) => n.name === name)!.id;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function run(doc: GraphDocument, fetches: string[], feeds: Record<string, NestedNumbers> = {}): Promise<RunResult> {
  return runGraph({ doc, fetches: fetches.map((n) => id(doc, n)), feeds: Object.fromEntries(Object.entries(feeds).map(([n, v]) => [id(doc, n), v])), seed: 0, trained: false, datasetsBase: '' }, 'cpu', {});
}

function values(result: RunResult): { shape: number[]; values: number[] }[] {
  if (!result.ok) throw new Error(result.message);
  return result.values.map((v) => ({ shape: v.shape, values: Array.from(v.values) }));
}

describe('runGraph (the worker side of Run)', () => {
  it('runs lesson 1 as the course does: 7, then 7.5 from the bound feeds, then [3, 7] fed by hand', async () => {
    expect(values(await run(hello, ['sum']))).toEqual([{ shape: [], values: [7] }]);
    expect(values(await run(hello, ['adder']))).toEqual([{ shape: [], values: [7.5] }]);
    expect(values(await run(hello, ['adder'], { a: [1, 3], b: [2, 4] }))).toEqual([{ shape: [2], values: [3, 7] }]);
    expect(tf.memory().numTensors).toBe(0);
  });

  it('refuses a feed of the wrong shape with the CLI message: the placeholder, the shape given, the shape wanted', async () => {
    const xor = sample('xor-nn');
    const result = await run(xor, ['hypothesis'], { X: [1, 2, 3] });
    expect(result).toEqual({ ok: false, message: 'Feed for Placeholder "X" has shape [3] but the placeholder is [?,2]: rank 1 instead of 2', nodeId: id(xor, 'X') });
  });

  it('names an unfed placeholder, and refuses to fetch a Minimize (that would train)', async () => {
    const bare: GraphDocument = { ...hello, session: { fetches: [], feeds: {} } };
    const unfed = await run(bare, ['adder'], { a: 1 });
    expect(unfed.ok === false && unfed.message).toMatch(/^Placeholder "b" must be fed/);
    const xor = sample('xor-nn');
    const train = await run(xor, ['train']);
    expect(train.ok === false && train.message).toMatch(/^Minimize "train" takes a training step when it runs; Run only computes values/);
  });

  it('feeds bound data to what needs it and starts the variables from the seed', async () => {
    const xor = sample('xor-nn');
    const [h] = values(await run(xor, ['hypothesis']));
    expect(h.shape).toEqual([4, 1]);
    const again = values(await run(xor, ['hypothesis']));
    expect(again[0].values).toEqual(h.values);
  });

  it('reads a CSV file the document keeps (picked in the app) for a bound Placeholder', async () => {
    const doc: GraphDocument = { ...hello, session: { fetches: [], feeds: { [id(hello, 'a')]: { kind: 'csv', path: 'ab.csv', columns: ['a'] }, [id(hello, 'b')]: { kind: 'csv', path: 'ab.csv', columns: ['b'] } }, files: { 'ab.csv': 'a,b\n1,2\n' } } };
    const [sum] = values(await run(doc, ['adder']));
    expect(sum.values).toEqual([3]);
  });
});
