import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';
import { defaultJobs } from './sweep.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function sweep(...args: string[]) {
  const io = bufferIO();
  const code = await main(['sweep', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('flowboard sweep', () => {
  it('trains xor-nn for 2 settings x 2 seeds and prints the table as JSON', async () => {
    const r = await sweep('samples/xor-nn.flow.json', '--set', 'optimizer=GradientDescent,Adam', '--seeds', '2', '--steps', '200', '--backend', 'cpu', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.runs.map((x: { setting: string; seed: number }) => `${x.setting}/${x.seed}`)).toEqual(['optimizer=GradientDescent/1', 'optimizer=GradientDescent/2', 'optimizer=Adam/1', 'optimizer=Adam/2']);
    const [gd, adam] = json.table;
    expect(gd.metrics.cost.n).toBe(2);
    // Adam at the sample's learning rate 0.1 is far ahead after 200 steps; GradientDescent still near log 2.
    expect(adam.metrics.cost.mean).toBeLessThan(gd.metrics.cost.mean / 3);
    expect(gd.metrics.cost.min).toBeLessThanOrEqual(gd.metrics.cost.mean);
  }, 60_000);

  it('prints a text table with one line per setting, and refuses an axis that names nothing', async () => {
    const r = await sweep('samples/xor-nn.flow.json', '--set', 'train.learningRate=0.1,1', '--seeds', '1', '--steps', '20', '--backend', 'cpu');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.startsWith('train.learningRate='))).toHaveLength(2);
    expect(r.err).toMatch(/2 settings x 1 seeds = 2 runs/);
    const bad = await sweep('samples/xor-nn.flow.json', '--set', 'nosuch.lr=1');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no node named "nosuch"/);
  }, 60_000);
});

describe('flowboard sweep over initializers and layer widths', () => {
  it('trains xor-nn at each width of its hidden layer, every tied shape following', async () => {
    const r = await sweep('samples/xor-nn.flow.json', '--set', 'layer1.units=2,4,8,16', '--seeds', '1', '--steps', '150', '--backend', 'cpu', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.runs.map((x: { setting: string }) => x.setting)).toEqual(['layer1.units=2', 'layer1.units=4', 'layer1.units=8', 'layer1.units=16']);
    const costs = json.runs.map((x: { metrics: { cost: number }; stopped?: string }) => (x.stopped ? NaN : x.metrics.cost));
    expect(costs.every(Number.isFinite)).toBe(true);
    // Same seed, other shapes: each width draws and trains a different net.
    expect(new Set(costs).size).toBe(4);
  }, 60_000);

  it('sweeps every weight matrix\'s initializer by the bare name, and refuses the output layer\'s width naming why', async () => {
    const r = await sweep('samples/xor-nn.flow.json', '--set', 'initializer=zeros,glorotUniform', '--seeds', '1', '--steps', '50', '--backend', 'cpu');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.startsWith('initializer=')).map((l) => l.split(' ')[0])).toEqual(['initializer=zeros', 'initializer=glorotUniform']);
    const wide = await sweep('samples/xor-nn.flow.json', '--set', 'layer1.units=3', '--seeds', '1', '--steps', '5', '--backend', 'cpu');
    expect(wide.err).toMatch(/layer1.units changes W1\[1\], b1\[0\], W2\[0\]\n/);
    const bad = await sweep('samples/xor-nn.flow.json', '--set', 'W2.units=2,4');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/W2 has width 1.*hidden layer/);
    const typo = await sweep('samples/xor-nn.flow.json', '--set', 'initializer=xavier');
    expect(typo.err).toMatch(/takes initializer kinds \(zeros, ones, randomNormal/);
  }, 60_000);
});

describe('flowboard sweep --jobs', () => {
  /** multi-variable's five students from a CSV file beside the document, which a worker must find there too. */
  function csvSample(csv: string): string {
    const doc = JSON.parse(readFileSync('samples/multi-variable.flow.json', 'utf8')) as GraphDocument;
    doc.session!.feeds = { n01: { kind: 'csv', path: 'scores.csv', columns: ['EXAM1', 'EXAM2', 'EXAM3'] }, n06: { kind: 'csv', path: 'scores.csv', columns: ['FINAL'] } };
    dir.write('scores.csv', csv);
    return dir.write('scores.flow.json', doc);
  }
  const SCORES = 'EXAM1,EXAM2,EXAM3,FINAL\n73,80,75,152\n93,88,93,185\n89,91,90,180\n96,98,100,196\n73,66,70,142\n';

  it('trains the runs on worker threads, with the same results in the same order as one after another', async () => {
    const file = csvSample(SCORES);
    const args = [file, '--set', 'train.learningRate=0.00001,0.00002', '--seeds', '2', '--steps', '100', '--backend', 'cpu'];
    const alone = await sweep(...args, '--jobs', '1', '--json');
    const together = await sweep(...args, '--jobs', '2', '--json');
    expect(together.err).toBe('');
    expect(together.code).toBe(0);
    expect(JSON.parse(together.out).runs).toEqual(JSON.parse(alone.out).runs);
    expect(JSON.parse(together.out).runs).toHaveLength(4);
    const text = await sweep(...args, '--jobs', '3');
    expect(text.err).toMatch(/2 settings x 2 seeds = 4 runs, 3 at a time\n/);
    expect(text.err.match(/^run \d\/4: /gm)).toHaveLength(4);
  }, 60_000);

  it('stops with exit 1 naming the run and the error a worker met, and refuses a count that is not a number', async () => {
    const file = csvSample('EXAM1,EXAM2,EXAM3,FINAL\n73,80,75,152\n93,eighty-eight,93,185\n');
    const r = await sweep(file, '--set', 'train.learningRate=0.00001,0.00002', '--seeds', '1', '--steps', '5', '--backend', 'cpu', '--jobs', '2');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/run [12] \(train\.learningRate=0\.0000[12], seed 1\) failed: scores\.csv line 3, column "EXAM2": "eighty-eight" is not a number/);
    const bad = await sweep(file, '--set', 'train.learningRate=0.1', '--jobs', 'all');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--jobs must be a whole number of at least 1, got "all"/);
  }, 60_000);

  it('defaults to one run per core but one, at most 8, as the app', () => {
    expect([1, 2, 4, 16].map((cores) => defaultJobs(cores))).toEqual([1, 1, 3, 8]);
  });
});
