import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DebugConfig } from '../graph/debug.ts';
import type { GraphDocument } from '../graph/document.ts';
import { debugProbe } from './debugProbe.ts';
import { Trainer } from './trainer.ts';

const doc = JSON.parse(readFileSync(new URL('../../samples/vanishing-gradient-sigmoid.flow.json', import.meta.url), 'utf8')) as GraphDocument;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const debug: DebugConfig = {
  breakpoints: [],
  watches: [
    { id: 'g', node: 'n03', of: 'gradient', stat: 'norm' },
    { id: 'c', node: 'n63', of: 'value', stat: 'value' },
    { id: 'm', node: 'n07', of: 'value', stat: 'mean' },
    { id: 'bad', node: 'n07', of: 'value', stat: 'value' },
  ],
};

describe('debugProbe watches', () => {
  it('logs each watch at the log steps only; a watch on the cost reads the logged loss', async () => {
    const trainer = await Trainer.create(doc, { backend: 'cpu', steps: 21, logEvery: 10 });
    try {
      const d = debugProbe(trainer, trainer.session.analysis, debug, { held: new Set() }, { onHit: () => undefined });
      expect(d.watchTags).toEqual(['watch/‖∇ layer1/W‖', 'watch/cost', 'watch/mean(layer1/Sigmoid)']);
      expect(d.skipped.map((s) => s.reason)).toEqual(['"layer1/Sigmoid" is not a scalar (shape [?, 5]): watch its norm or mean']);
      const asked: number[] = [];
      const logs: { step: number; watched: Record<string, number>; loss: number }[] = [];
      await trainer.train({
        probe: { refsAt: (s, l) => d.probe!.refsAt(s, l) ?? void asked.push(s), onValues: d.probe!.onValues },
        onLog: (log) => void logs.push({ step: log.step, watched: d.watchValuesAt(log.step), loss: log.loss }),
      });
      // No breakpoint: the probe asks for tensors on log steps only.
      expect(asked).toHaveLength(21 - 3);
      expect(logs.map((l) => l.step)).toEqual([0, 10, 20]);
      for (const l of logs) expect(l.watched['watch/cost']).toBeCloseTo(l.loss, 5);
      // The lesson's vanishing gradient: about 2e-6 at step 0.
      expect(logs[0].watched['watch/‖∇ layer1/W‖']).toBeGreaterThan(1e-6);
      expect(logs[0].watched['watch/‖∇ layer1/W‖']).toBeLessThan(3e-6);
      expect(logs[0].watched['watch/mean(layer1/Sigmoid)']).toBeGreaterThan(0);
      expect(d.watchValuesAt(5)['watch/cost']).toBeNaN();
    } finally {
      trainer.dispose();
    }
  });

  it('leaves breakpoints out when told to, and is nothing at all with an empty block', async () => {
    const trainer = await Trainer.create(doc, { backend: 'cpu', steps: 3 });
    try {
      const stepBp: DebugConfig = { breakpoints: [{ id: 's', node: 'n52', condition: { kind: 'step', step: 2 } }], watches: [] };
      expect(debugProbe(trainer, trainer.session.analysis, stepBp, { held: new Set() }, { breakpoints: false, onHit: () => undefined }).probe).toBeUndefined();
      expect(debugProbe(trainer, trainer.session.analysis, undefined, { held: new Set() }, { onHit: () => undefined }).probe).toBeUndefined();
      const hits: number[] = [];
      const d = debugProbe(trainer, trainer.session.analysis, stepBp, { held: new Set() }, { onHit: (h) => hits.push(h[0].step) });
      const r = await trainer.train({ probe: d.probe });
      expect([r.stopped, hits, trainer.step]).toEqual(['aborted', [1], 2]);
    } finally {
      trainer.dispose();
    }
  });
});
