import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import * as analyzeModule from '../../core/graph/analyze.ts';
import type { FromWorker } from '../training/protocol.ts';
import { TrainingHost } from './trainingHost.ts';

// Every importer of analyze gets this spy, so the count covers the whole load path.
vi.mock('../../core/graph/analyze.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/graph/analyze.ts')>();
  return { ...actual, analyze: vi.fn(actual.analyze) };
});

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')) as GraphDocument;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('analyses per training load', () => {
  it('analyses the drawn document once and the training graph once, from load to the first step', async () => {
    const messages: FromWorker[] = [];
    const host = new TrainingHost({ backend: 'cpu', dataContext: () => ({}), post: (m) => void messages.push(m) });
    const analyze = vi.mocked(analyzeModule.analyze);
    analyze.mockClear();
    try {
      await host.handle({ type: 'load', doc: sample('xor-nn'), settings: { mode: 'steps', count: 10, batchSize: undefined, seed: 1, logEvery: 5 }, datasetsBase: '' });
      await host.handle({ type: 'step' });
      expect(messages.filter((m) => m.type === 'status').map((m) => m.type === 'status' && m.status)).toEqual(['loading', 'ready', 'paused']);
      const analysed = analyze.mock.calls.map(([doc]) => doc.nodes.length);
      // The drawn xor-nn, then its expansion with backward and update nodes.
      expect(analysed).toHaveLength(2);
      expect(analysed[0]).toBe(sample('xor-nn').nodes.length);
      expect(analysed[1]).toBeGreaterThan(analysed[0]);
    } finally {
      await host.dispose();
    }
  });
});
