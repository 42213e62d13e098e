/**
 * The command line's soak: ten thousand command lines drawn from every
 * command, flag and kind of argument (good and hostile files, devices,
 * missing paths, bad sizes, JSON that is not, memory bombs). Each must end
 * with exit 0, 1 or 2, and nothing a user sees may be an internal error or a
 * stack trace.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../test/graphBuilder.ts';
import { tempDir } from '../test/tempFiles.ts';
import { bufferIO } from './io.ts';
import { main } from './main.ts';

const dir = tempDir();
// Random words after -o or --logdir become paths: they land in the scratch folder, not in the repository.
const home = process.cwd();
beforeAll(() => process.chdir(dir.path));
afterAll(() => {
  process.chdir(home);
  dir.remove();
});

/** Two examples, two steps: a train that finishes in milliseconds. */
function tinyTraining() {
  const g = new GraphBuilder();
  const x = g.add('Placeholder', { shape: [null] }, 'x');
  const w = g.add('Variable', { shape: [1] }, 'W');
  const cost = g.add('ReduceMean', {}, 'cost', { x: g.add('Square', {}, 'sq', { x: g.add('Mul', {}, 'h', { x, y: w }) }) });
  const train = g.add('Minimize', { optimizer: 'GradientDescent', learningRate: 0.1 }, 'train', { loss: cost });
  g.session = { train: train.id, steps: 2, feeds: { [x.id]: { kind: 'inline', value: [1, 2] } }, fetches: [{ node: cost.id, role: 'loss' }] };
  return g.doc();
}

function bomb() {
  const g = new GraphBuilder();
  const w = g.add('Variable', { shape: [1_000_000_000] }, 'W');
  const cost = g.add('ReduceMean', {}, 'cost', { x: w });
  const train = g.add('Minimize', { optimizer: 'GradientDescent', learningRate: 0.1 }, 'train', { loss: cost });
  g.session = { train: train.id, steps: 2, feeds: {}, fetches: [{ node: cost.id, role: 'loss' }] };
  return g.doc();
}

const FILES = [
  // A copy: export and import write their default outputs beside the file.
  dir.write('hello.flow.json', readFileSync('samples/hello.flow.json', 'utf8')),
  dir.write('tiny.flow.json', tinyTraining()),
  dir.write('bomb.flow.json', bomb()),
  dir.write('broken.flow.json', '{"format": "flowboard.graph", "nodes": ['),
  dir.write('lesson.py', 'import tensorflow as tf\nx = tf.placeholder(tf.float32)\ny = x * 2\nfor i in range(10**9):\n    y = y + 1\n'),
  dir.write('deep.py', `x = ${'('.repeat(3000)}1${')'.repeat(3000)}\n`),
  '/dev/zero',
  join(dir.path, 'missing.flow.json'),
  dir.path,
  '-',
];
const WORDS = [
  '--json', '--fetch', 'sum', 'adder', 'W', 'cost', 'nope', '--feed', 'a=3', 'a=[1,', 'a=true', 'x=[1,2]', 'b=[[1]]', '=', '--seed', '7', '-1', 'x',
  '--steps', '--epochs', '--batch-size', '--log-every', '1', '2', '0', '1.5', '--backend', 'cpu', 'wasm', 'webgl', '--memory-budget', '1GB', '10MB', 'lots',
  '--logdir', join(dir.path, 'logs'), '/proc/flowboard/logs', '-o', '--output', '-', join(dir.path, 'out.mjs'), join(dir.path, 'imported.flow.json'),
  '--to', 'python', 'tfjs', 'keras', 'fortran', '--loss', '--title', 't', '--', '--nope', '-h',
];

const PAIRS = [
  ['--json'], ['--fetch', 'cost'], ['--fetch', 'sum'], ['--feed', 'x=[1,2]'], ['--feed', 'a=2'], ['--backend', 'cpu'], ['--memory-budget', '1GB'], ['--memory-budget', '10MB'],
  ['--steps', '2'], ['--seed', '3'], ['--to', 'python'], ['--to', 'tfjs'], ['-o', join(dir.path, 'out.flow.json')], ['-o', '-'], ['--logdir', join(dir.path, 'logs')],
];

describe('command line soak', () => {
  it('ends 10,000 command lines with exit 0, 1 or 2, never with an internal error or a stack trace', async () => {
    const argv = fc.tuple(
      fc.constantFrom('validate', 'run', 'train', 'export', 'import', 'gradcheck', 'help', 'frobnicate', '--version'),
      fc.constantFrom(...FILES),
      fc.oneof(
        // Options that belong together, so most lines get past the parser to the work.
        fc.array(fc.constantFrom(...PAIRS), { maxLength: 3 }).map((pairs) => pairs.flat()),
        fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 6 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(argv, async ([command, file, rest]) => {
        const io = bufferIO();
        const code = await main([command, file, ...rest], io);
        expect([0, 1, 2]).toContain(code);
        expect(io.err).not.toMatch(/internal error/);
        expect(io.err + io.out).not.toMatch(/\n\s+at \S+ \(/);
      }),
      { numRuns: 10_000 },
    );
  }, 600_000);
});
