import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../core/graph/document.ts';
import { decodeEvent, readRecords } from '../../test/tfProto.ts';
import { tempDir } from '../../test/tempFiles.ts';
import { bufferIO } from '../io.ts';
import { main } from '../main.ts';
import { BREAKPOINT_EXIT } from '../trainDebug.ts';

const dir = tempDir();
afterAll(() => dir.remove());
const sample = JSON.parse(readFileSync('samples/vanishing-gradient-sigmoid.flow.json', 'utf8')) as GraphDocument;
// layer1/W (n03): its gradient norm first falls below 1e-6 at step 16 (core/runtime/breakpointTraining.test.ts).
const file = dir.write('vanishing.flow.json', {
  ...sample,
  debug: {
    breakpoints: [{ id: 'v', node: 'n03', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-6 } }],
    watches: [{ id: 'w', node: 'n03', of: 'gradient', stat: 'norm' }],
  },
});
const WATCH = 'watch/‖∇ layer1/W‖';

async function train(...args: string[]) {
  const io = bufferIO();
  const code = await main(['train', file, '--steps', '40', '--log-every', '5', '--backend', 'cpu', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('flowboard train and the saved debug block', () => {
  it("stops at the step a breakpoint fires, with the app's sentence, after writing the log and the watch so far; exit 3", async () => {
    const logdir = join(dir.path, 'logs');
    const r = await train('--logdir', logdir);
    expect(BREAKPOINT_EXIT).toBe(3);
    expect(r.code, r.err).toBe(BREAKPOINT_EXIT);
    expect(r.err).toMatch(/Stopped at a breakpoint: the norm of the gradient of "layer1\/W" fell below 1e-6 \(9\.\d+e-7\) at step 16\. Train through it with --ignore-breakpoints\.\n/);
    // Logged steps 0, 5, 10, 15, then the step that fired it; the watch printed beside the loss.
    expect(r.out.split('\n').filter((l) => l.startsWith('step ')).map((l) => l.split(' ')[1])).toEqual(['0', '5', '10', '15']);
    expect(r.out).toMatch(new RegExp(`step 0  loss [\\d.]+  accuracy [\\d.]+  ${WATCH} 1\\.\\d+e-6\\n`));
    expect(r.out).toMatch(/^trained 17 steps/m);
    const [events] = readdirSync(logdir);
    const steps = readRecords(new Uint8Array(readFileSync(join(logdir, events)))).map(decodeEvent).filter((e) => e.summary);
    expect(steps.map((e) => e.step)).toEqual([0, 5, 10, 15]);
    expect(steps[0].summary!.value.map((v) => v.tag)).toContain(WATCH);
  });

  it('with --json names the breakpoint in the final line; --ignore-breakpoints trains through, the watch still logged', async () => {
    const stopped = await train('--json');
    expect(stopped.code).toBe(BREAKPOINT_EXIT);
    const final = JSON.parse(stopped.out.trimEnd().split('\n').at(-1)!);
    expect(final).toMatchObject({ final: true, step: 16, breakpoint: { id: 'v', node: 'layer1/W', condition: 'gradient norm below 1e-6', step: 16 } });
    expect(final.breakpoint.message).toMatch(/^breakpoint: the norm of the gradient of "layer1\/W" fell below 1e-6/);
    const through = await train('--json', '--ignore-breakpoints');
    expect(through.code, through.err).toBe(0);
    const lines = through.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ final: true, step: 39 });
    expect(lines.at(-1).breakpoint).toBeUndefined();
    const norms = lines.slice(0, -1).map((l) => l.metrics[WATCH] as number);
    expect(norms).toHaveLength(9);
    // Vanishing: the norm falls as training goes on.
    expect(norms.at(-1)!).toBeLessThan(norms[0]);
  });
});
