import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import type { FromWorker, RunSettings } from '../training/protocol.ts';
import { TrainingHost } from './trainingHost.ts';
import { until } from '../../test/until.ts';

const doc = JSON.parse(readFileSync(new URL('../../samples/vanishing-gradient-sigmoid.flow.json', import.meta.url), 'utf8')) as GraphDocument;
const settings: RunSettings = { mode: 'steps', count: 40, batchSize: undefined, seed: 777, logEvery: 10 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

let host: TrainingHost | undefined;
afterEach(async () => {
  await host?.dispose();
  host = undefined;
});

describe('TrainingHost breakpoints', () => {
  it('pauses vanishing-gradient-sigmoid where the gradient norm of layer1/W falls below 1e-6, keeps the session, and Train resumes to the end', async () => {
    const messages: FromWorker[] = [];
    const h: TrainingHost = new TrainingHost({
      backend: 'cpu',
      dataContext: () => ({}),
      post(message) {
        messages.push(message);
        if (message.type === 'batch') queueMicrotask(() => void h.handle({ type: 'ack' }));
      },
    });
    host = h;
    // layer1/W (n03): its gradient norm is 1.94e-6 at step 0 and first below 1e-6 at step 16 (core/runtime/breakpointTraining.test.ts reads it independently).
    const debug = {
      breakpoints: [
        { id: 'off', node: 'n03', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-5 }, disabled: true },
        { id: 'v', node: 'n03', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-6 } },
      ],
      watches: [],
    } satisfies GraphDocument['debug'];
    await h.handle({ type: 'load', doc: { ...doc, debug }, settings, datasetsBase: '' });
    await h.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'status' && (m.status === 'paused' || m.status === 'finished')));
    const hit = messages.find((m) => m.type === 'breakpoint');
    expect(hit?.type === 'breakpoint' && hit.hit).toMatchObject({ breakpointId: 'v', nodeId: 'n03', step: 16, others: 0 });
    expect(hit?.type === 'breakpoint' && hit.hit.message).toMatch(/^breakpoint: the norm of the gradient of "layer1\/W" fell below 1e-6 \(9\.\d+e-7\) at step 16$/);
    expect(messages.at(-2)).toMatchObject({ type: 'status', status: 'paused', step: 17 });

    await h.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'finished'));
    // Resumed from step 17, not from 0, and the condition that still holds did not stop it again.
    expect(messages.filter((m) => m.type === 'breakpoint')).toHaveLength(1);
    const trainingFrom = messages.filter((m) => m.type === 'status' && m.status === 'training').map((m) => m.type === 'status' && m.step);
    expect(trainingFrom).toEqual([0, 17]);
    expect(messages.filter((m) => m.type === 'status').at(-1)).toMatchObject({ status: 'finished', step: 40 });
  });

  it('takes breakpoints set after the graph loaded (a debug message) without starting a new run', async () => {
    const messages: FromWorker[] = [];
    const h: TrainingHost = new TrainingHost({ backend: 'cpu', dataContext: () => ({}), post: (m) => void messages.push(m) });
    host = h;
    await h.handle({ type: 'load', doc, settings, datasetsBase: '' });
    await h.handle({ type: 'step' });
    await h.handle({ type: 'debug', debug: { breakpoints: [{ id: 's', node: 'n52', condition: { kind: 'step', step: 5 } }], watches: [] } });
    await h.handle({ type: 'ack' });
    await h.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'breakpoint'));
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'paused' && m.step === 5));
    const hit = messages.find((m) => m.type === 'breakpoint');
    expect(hit?.type === 'breakpoint' && hit.hit).toMatchObject({ nodeId: 'n52', step: 4, message: 'breakpoint on "hypothesis": reached step 5' });
    // The same run: training went on from the single step taken before.
    expect(messages.filter((m) => m.type === 'status' && m.status === 'training').map((m) => m.type === 'status' && m.step)).toEqual([1]);
  });

  it('sends each watch as a logged scalar beside the loss, at every log step', async () => {
    const messages: FromWorker[] = [];
    const h: TrainingHost = new TrainingHost({ backend: 'cpu', dataContext: () => ({}), post: (m) => void messages.push(m) });
    host = h;
    const debug = { breakpoints: [], watches: [{ id: 'w', node: 'n03', of: 'gradient', stat: 'norm' }] } satisfies GraphDocument['debug'];
    await h.handle({ type: 'load', doc: { ...doc, debug }, settings: { ...settings, count: 21 }, datasetsBase: '' });
    await h.handle({ type: 'train' });
    await until(() => messages.some((m) => m.type === 'status' && m.status === 'finished'));
    const rows = messages.flatMap((m) => (m.type === 'batch' && m.batch.scalars ? [m.batch.scalars] : []));
    expect(rows.every((r) => r.tags.includes('watch/‖∇ layer1/W‖'))).toBe(true);
    const column = (r: (typeof rows)[number]) => Array.from(r.steps, (_, i) => r.values[i * r.tags.length + r.tags.indexOf('watch/‖∇ layer1/W‖')]);
    expect(rows.flatMap((r) => Array.from(r.steps))).toEqual([0, 10, 20]);
    // The lesson's vanishing gradient: about 2e-6 at step 0, and falling.
    const norms = rows.flatMap(column);
    expect(norms[0]).toBeGreaterThan(1e-6);
    expect(norms[2]).toBeLessThan(norms[0]);
  });

  it('says once which watches log nothing and why (no gradient reaches the accuracy)', async () => {
    const messages: FromWorker[] = [];
    const h: TrainingHost = new TrainingHost({ backend: 'cpu', dataContext: () => ({}), post: (m) => void messages.push(m) });
    host = h;
    const debug = { breakpoints: [], watches: [{ id: 'w', node: 'n69', of: 'gradient', stat: 'norm' }] } satisfies GraphDocument['debug'];
    await h.handle({ type: 'load', doc: { ...doc, debug }, settings: { ...settings, count: 2 }, datasetsBase: '' });
    await h.handle({ type: 'step' });
    await h.handle({ type: 'step' });
    expect(messages.filter((m) => m.type === 'watchesSkipped')).toEqual([
      { type: 'watchesSkipped', reasons: ['the watch of the gradient of "accuracy" (norm): no gradient of the loss reaches "accuracy"'] },
    ]);
  });
});
