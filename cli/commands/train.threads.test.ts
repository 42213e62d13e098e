import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `flowboard train` in a process of its own (wasm starts once per process, threaded or not). */
async function train(threads: number): Promise<{ stdout: string; stderr: string }> {
  const args = ['bin/flowboard.js', 'train', 'samples/mnist-xavier.flow.json', '--steps', '4', '--log-every', '1', '--threads', String(threads)];
  return promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 1 << 26, timeout: 240_000 });
}

describe('flowboard train --threads', () => {
  it('trains on the threads asked for, to the same bits as one thread, and exits', async () => {
    const [one, two] = await Promise.all([train(1), train(2)]);
    expect(one.stderr).toMatch(/^backend: wasm\n/);
    expect(two.stderr).toMatch(/^backend: wasm on 2 threads\n/);
    // Every logged loss and every trained variable: XNNPACK splits the work by output tiles, never a sum.
    const results = (out: string) => out.replace(/trained 4 steps in .*\n/, '');
    expect(results(two.stdout)).toBe(results(one.stdout));
    expect(one.stdout).toMatch(/step 3 {2}loss/);
  }, 300_000);
});
