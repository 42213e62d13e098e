import { totalmem } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBytes, machineMemoryBudget } from '../../core/graph/memory.ts';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';

const dir = tempDir();
afterAll(() => dir.remove());

async function flowboard(...argv: string[]) {
  const io = bufferIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** A Variable of 4 GB trained toward zero: validate, run and train must all refuse it at once. */
function bomb(): string {
  const g = new GraphBuilder();
  const w = g.add('Variable', { shape: [1_000_000_000] }, 'W');
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: w }) });
  const train = g.add('Minimize', { optimizer: 'GradientDescent', learningRate: 0.1 }, 'train', { loss: cost });
  g.session = { train: train.id, steps: 3, feeds: {}, fetches: [{ node: cost.id, role: 'loss' }] };
  return dir.write('bomb.flow.json', g.doc());
}

const REFUSAL = 'Variable "W" holds [1000000000] float32: 4.0 GB, over the memory budget of 2.0 GB';

describe('--memory-budget', () => {
  it('validate reports the tensor that cannot fit, with its node, shape and bytes', async () => {
    const r = await flowboard('validate', bomb(), '--memory-budget', '2GB');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`error TENSOR_TOO_LARGE [W] ${REFUSAL}`);
    // Raised past the need, the same graph is valid.
    expect((await flowboard('validate', bomb(), '--memory-budget', '20GB')).code).toBe(0);
  });

  it('defaults to half this machine\'s memory, at most 2 GB', async () => {
    const r = await flowboard('validate', bomb(), '--json');
    const budget = formatBytes(machineMemoryBudget(totalmem()));
    const d = JSON.parse(r.out).diagnostics.find((x: { code: string }) => x.code === 'TENSOR_TOO_LARGE');
    expect(d.message).toBe(`Variable "W" holds [1000000000] float32: 4.0 GB, over the memory budget of ${budget}`);
    expect(d.nodeName).toBe('W');
  });

  it('run, train and gradcheck refuse before they start, naming the node, without a stack trace', async () => {
    for (const argv of [['run', bomb(), '--fetch', 'W'], ['train', bomb()], ['gradcheck', bomb()]]) {
      const r = await flowboard(...argv, '--memory-budget', '2GB', '--backend', 'cpu');
      expect(r.code, argv[0]).toBe(1);
      expect(r.err, argv[0]).toContain(REFUSAL);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
    }
  });

  it('refuses a size it cannot read with exit 2', async () => {
    for (const size of ['lots', '0', '-1GB', '1e400', '2 parsecs']) {
      const r = await flowboard('validate', bomb(), `--memory-budget=${size}`);
      expect(r.code, size).toBe(2);
      expect(r.err).toContain(`--memory-budget must be a size such as 4GB or 512MB, got "${size}"`);
    }
  });
});
