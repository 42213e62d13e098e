import { beforeAll, describe, expect, it } from 'vitest';
import { readCheckpoint } from '../checkpoint/readCheckpoint.ts';
import { writeCheckpoint } from '../checkpoint/writeCheckpoint.ts';
import { linearRegression } from '../../test/trainingGraphs.ts';
import { useBackend } from './backend.ts';
import { Trainer } from './trainer.ts';

let backend: string;
beforeAll(async () => {
  backend = await useBackend('wasm', 'cpu');
});

const DATA = { x: { kind: 'inline' as const, value: [1, 2, 3, 4, 5] }, y: { kind: 'inline' as const, value: [2.1, 3.1, 4.1, 5.1, 6.1] } };
const graph = () => linearRegression(DATA, { optimizer: 'Adam', learningRate: 0.1 }, { steps: 20, batchSize: 2, logEvery: 1, seed: 3 }).g.doc();

describe('saving and restoring a trainer', () => {
  it('trains 20 + 20 steps through a checkpoint to the same bits as 40 straight (Adam slots, step and batches kept)', async () => {
    const straight = await Trainer.create(graph(), { backend, steps: 40 });
    const whole = await straight.train();
    straight.dispose();

    const first = await Trainer.create(graph(), { backend });
    await first.train();
    const saved = readCheckpoint(JSON.parse(JSON.stringify(writeCheckpoint(graph(), await first.savedState()))));
    first.dispose();
    if (!saved.ok) throw new Error(saved.problem);
    expect(saved.checkpoint.step).toBe(20);
    expect([...saved.checkpoint.optimizer!.slots.get('W')!.keys()]).toEqual(['m', 'v']);

    const second = await Trainer.create(graph(), { backend });
    expect(second.restore(saved.checkpoint)).toEqual({ ok: true, notes: [] });
    expect(second.step).toBe(20);
    const rest = await second.train();
    second.dispose();
    expect(rest.history[0].step).toBe(20);
    expect(rest.steps).toBe(40);
    expect(rest.history.map((l) => l.loss)).toEqual(whole.history.slice(20).map((l) => l.loss));
    expect(rest.variables.W.values).toEqual(whole.variables.W.values);
  });

  it('refuses a checkpoint of another graph and leaves the variables as they were', async () => {
    const trainer = await Trainer.create(graph(), { backend });
    const before = await trainer.variableValues();
    const state = await trainer.savedState();
    state.variables.set('W', { shape: [2], values: Float32Array.of(5, 6) });
    const read = readCheckpoint(writeCheckpoint(graph(), state));
    if (!read.ok) throw new Error(read.problem);
    const match = trainer.restore(read.checkpoint);
    expect(match.ok).toBe(false);
    expect(!match.ok && match.message).toMatch(/"W" has shape \[2\] in the file and \[1\] in the graph/);
    expect(await trainer.variableValues()).toEqual(before);
    expect(trainer.step).toBe(0);
    trainer.dispose();
  });
});
