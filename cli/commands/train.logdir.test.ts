import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tf1Histogram } from '../../core/summary/histogramTf1.ts';
import { decodeEvent, decodeGraphDef, readRecords } from '../../test/tfProto.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const dir = tempDir();
afterAll(() => dir.remove());

describe('flowboard train --logdir', () => {
  it('writes an events file with the training graph, every logged value as a scalar and each variable as a histogram, at each log step', async () => {
    const logdir = join(dir.path, 'logs');
    const io = bufferIO();
    const code = await main(['train', 'samples/linear-regression.flow.json', '--steps', '41', '--log-every', '20', '--backend', 'cpu', '--json', '--logdir', logdir], io);
    expect(code, io.err).toBe(0);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l));
    const final = lines.at(-1);
    const [file] = readdirSync(logdir);
    expect(file).toMatch(/^events\.out\.tfevents\.\d{10}\./);
    const events = readRecords(new Uint8Array(readFileSync(join(logdir, file)))).map(decodeEvent);
    expect(events[0].file_version).toBe('brain.Event:2');
    // Then the graph, forward and backward: TF op names, the model's scopes and gradients/.
    expect(events[1].what).toBe('graph_def');
    const nodes = decodeGraphDef(events[1].graph_def!).node;
    const byName = new Map(nodes.map((n) => [n.name, n]));
    expect(byName.get('W')?.op).toBe('VariableV2');
    expect(byName.get('hypothesis')?.op).toBe('AddV2');
    expect(byName.get('train')).toMatchObject({ op: 'NoOp' });
    expect(byName.get('train')!.input.every((i) => i.startsWith('^'))).toBe(true);
    expect(nodes.some((n) => n.name.startsWith('gradients/') && n.op === 'Mul')).toBe(true);
    expect(nodes.filter((n) => n.op === 'ApplyGradientDescent').map((n) => n.name).sort()).toEqual(['train/update_W/ApplyGradientDescent', 'train/update_b/ApplyGradientDescent']);
    // Every input names a node of the graph.
    for (const n of nodes) for (const i of n.input) expect(byName.has(i.replace(/^\^/, '').replace(/:\d+$/, '')), `${n.name} <- ${i}`).toBe(true);
    const steps = events.slice(2);
    expect(steps.map((e) => e.step)).toEqual([0, 20, 40]);
    steps.forEach((e, i) => {
      const scalars = Object.fromEntries(e.summary!.value.filter((v) => v.simple_value !== undefined).map((v) => [v.tag, v.simple_value]));
      expect(scalars.loss).toBe(Math.fround(lines[i].loss));
      expect(Object.keys(scalars).sort()).toEqual(['cost', 'loss']);
      expect(e.summary!.value.filter((v) => v.histo).map((v) => v.tag).sort()).toEqual(['W', 'b']);
    });
    // The last histogram of W holds the trained W.
    const lastW = steps[2].summary!.value.find((v) => v.tag === 'W')!.histo!;
    // JSON prints the shortest decimal of the float32; the histogram holds the float32 itself.
    expect(lastW).toMatchObject({ num: 1, min: Math.fround(final.variables.W[0]), max: Math.fround(final.variables.W[0]) });
    expect(lastW.bucket).toEqual(tf1Histogram('W', [Math.fround(final.variables.W[0])]).bucket);
  });

  // /proc refuses new folders with ENOENT, on which Node's recursive mkdir retries for ever.
  it.runIf(process.platform === 'linux')('refuses a folder that cannot be made before it loads or trains anything', { timeout: 20_000 }, async () => {
    const io = bufferIO();
    const code = await main(['train', 'samples/linear-regression.flow.json', '--steps', '5', '--backend', 'cpu', '--logdir', '/proc/flowboard-logs/run1'], io);
    expect(code).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toBe('flowboard train: --logdir /proc/flowboard-logs/run1: cannot create the folder /proc/flowboard-logs (no such file or directory); pick a folder you can write to\n');
  });

  it('refuses a logdir that is a file, or lies under one', async () => {
    const file = join(dir.path, 'taken');
    writeFileSync(file, 'not a folder');
    for (const logdir of [file, join(file, 'logs')]) {
      const io = bufferIO();
      expect(await main(['train', 'samples/linear-regression.flow.json', '--steps', '5', '--backend', 'cpu', '--logdir', logdir], io)).toBe(1);
      expect(io.out).toBe('');
      expect(io.err).toBe(`flowboard train: --logdir ${logdir}: ${file} is a file, not a folder; pick a folder you can write to\n`);
    }
  });
});
