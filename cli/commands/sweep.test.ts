import { describe, expect, it } from 'vitest';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

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
