import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import type { GraphDocument } from '../../core/graph/document.ts';
import { defaultFetches, fetchableNodes, neededPlaceholders } from './runTargets.ts';

const sample = (name: string) => analyze(JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument);
const names = (a: ReturnType<typeof sample>, ids: string[]) => ids.map((id) => a.index.nodes.get(id)!.node.name);

describe('run targets', () => {
  it('fetches the selection, else the sinks: lesson 1 fetches sum and adder', () => {
    const hello = sample('hello');
    expect(names(hello, defaultFetches(hello, []))).toEqual(['sum', 'adder']);
    expect(names(hello, defaultFetches(hello, ['n3']))).toEqual(['sum']);
  });

  it('never fetches the Minimize, and a loss that only the Minimize reads is a sink', () => {
    const xor = sample('xor-nn');
    expect(names(xor, defaultFetches(xor, []))).toEqual(['cost', 'accuracy']);
    expect(names(xor, defaultFetches(xor, ['n30']))).toEqual(['cost', 'accuracy']);
    expect(fetchableNodes(xor).map((n) => n.op)).not.toContain('Minimize');
  });

  it('lists the placeholders the fetches need', () => {
    const hello = sample('hello');
    expect(neededPlaceholders(hello, ['n3']).map((n) => n.name)).toEqual([]);
    expect(neededPlaceholders(hello, ['n6']).map((n) => n.name)).toEqual(['a', 'b']);
  });
});
