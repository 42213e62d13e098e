import { describe, expect, it } from 'vitest';
import type { Breakpoint } from '../graph/debug.ts';
import { checkBreakpoints, conditionHolds, describeCondition, type Measured, probesOf, describeWatch, watchTag, watchValue } from './breakpoints.ts';

const m = (norm: number, extra: Partial<Measured> = {}): Measured => ({ norm, mean: 0, nonFinite: 0, size: 4, first: 0, ...extra });
const vanishing: Breakpoint = { id: 'v', node: 'w', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-6 } };
const names = (id: string) => ({ w: 'layer1/W', h: 'hidden' })[id] ?? id;

describe('conditionHolds', () => {
  it('compares the norm with the threshold, strictly, either way', () => {
    expect(conditionHolds(vanishing.condition, m(9e-7), 0)).toBe(true);
    expect(conditionHolds(vanishing.condition, m(1e-6), 0)).toBe(false);
    expect(conditionHolds({ kind: 'norm', of: 'value', when: 'above', threshold: 10 }, m(10.5), 0)).toBe(true);
    expect(conditionHolds({ kind: 'norm', of: 'value', when: 'above', threshold: 10 }, m(10), 0)).toBe(false);
  });

  it('never holds a norm condition on a NaN norm or on nothing measured (no gradient reaches the node)', () => {
    expect(conditionHolds(vanishing.condition, m(NaN, { nonFinite: 1 }), 0)).toBe(false);
    expect(conditionHolds({ kind: 'norm', of: 'value', when: 'above', threshold: 1 }, m(Infinity, { nonFinite: 1 }), 0)).toBe(false);
    expect(conditionHolds(vanishing.condition, undefined, 0)).toBe(false);
  });

  it('holds nonFinite when any element is NaN or Infinity', () => {
    expect(conditionHolds({ kind: 'nonFinite', of: 'value' }, m(NaN, { nonFinite: 2 }), 0)).toBe(true);
    expect(conditionHolds({ kind: 'nonFinite', of: 'value' }, m(3), 0)).toBe(false);
  });

  it('holds a step condition once the step counter reaches it (after step N-1 ran)', () => {
    expect(conditionHolds({ kind: 'step', step: 100 }, undefined, 98)).toBe(false);
    expect(conditionHolds({ kind: 'step', step: 100 }, undefined, 99)).toBe(true);
  });
});

describe('checkBreakpoints', () => {
  it('fires when a condition starts to hold, not again while it keeps holding, and again after it stopped', () => {
    const norms = [1e-3, 5e-7, 4e-7, 2e-6, 8e-7];
    let held = new Set<string>();
    const fired: number[] = [];
    norms.forEach((norm, step) => {
      const r = checkBreakpoints([vanishing], () => m(norm), step, held, names);
      held = r.held;
      if (r.hits.length > 0) fired.push(step);
    });
    expect(fired).toEqual([1, 4]);
  });

  it('fires at once when the condition holds at the first check', () => {
    const { hits } = checkBreakpoints([vanishing], () => m(1e-9), 0, new Set(), names);
    expect(hits.map((h) => h.message)).toEqual(['breakpoint: the norm of the gradient of "layer1/W" fell below 1e-6 (1e-9) at step 0']);
  });

  it('skips disabled breakpoints and names every hit, in order', () => {
    const bps: Breakpoint[] = [
      { ...vanishing, disabled: true },
      { id: 'big', node: 'h', condition: { kind: 'norm', of: 'value', when: 'above', threshold: 100 } },
      { id: 'nan', node: 'h', condition: { kind: 'nonFinite', of: 'gradient' } },
      { id: 's', node: 'w', condition: { kind: 'step', step: 8 } },
    ];
    const measure = ({ of }: { of: string }) => (of === 'value' ? m(153.2) : m(NaN, { nonFinite: 3 }));
    const { hits, held } = checkBreakpoints(bps, measure, 7, new Set(), names);
    expect(hits.map((h) => h.message)).toEqual([
      'breakpoint: the norm of "hidden" rose above 100 (153) at step 7',
      'breakpoint: the gradient of "hidden" is not finite (3 of 4 elements NaN or Infinity) at step 7',
      'breakpoint on "layer1/W": reached step 8',
    ]);
    expect([...held]).toEqual(['big', 'nan', 's']);
  });
});

describe('probes and watches', () => {
  it('measures each tensor the enabled breakpoints read once, and nothing for a step condition', () => {
    const bps: Breakpoint[] = [vanishing, { id: 'n', node: 'w', condition: { kind: 'nonFinite', of: 'gradient' } }, { id: 's', node: 'h', condition: { kind: 'step', step: 3 } }, { id: 'd', node: 'h', condition: { kind: 'nonFinite', of: 'value' }, disabled: true }];
    expect(probesOf(bps)).toEqual([{ node: 'w', of: 'gradient' }]);
  });

  it('logs the norm, the mean, or the value of a one-element tensor only', () => {
    const watch = { id: 'a', node: 'w', of: 'gradient', stat: 'norm' } as const;
    expect(watchValue(watch, m(2, { mean: 0.5 }))).toBe(2);
    expect(watchValue({ ...watch, stat: 'mean' }, m(2, { mean: 0.5 }))).toBe(0.5);
    expect(watchValue({ ...watch, stat: 'value' }, m(2, { size: 1, first: -2 }))).toBe(-2);
    expect(watchValue({ ...watch, stat: 'value' }, m(2))).toBeUndefined();
    expect(watchValue(watch, undefined)).toBeUndefined();
    expect(watchTag(watch, 'layer1/W')).toBe('watch/‖∇ layer1/W‖');
    expect(watchTag({ ...watch, of: 'value', stat: 'mean' }, 'hidden')).toBe('watch/mean(hidden)');
    expect(watchTag({ ...watch, of: 'value', stat: 'value' }, 'cost')).toBe('watch/cost');
    expect(describeWatch(watch)).toBe('gradient norm');
    expect(describeWatch({ ...watch, stat: 'value' })).toBe('gradient');
  });

  it('describes conditions briefly', () => {
    expect(describeCondition(vanishing.condition)).toBe('gradient norm below 1e-6');
    expect(describeCondition({ kind: 'norm', of: 'value', when: 'above', threshold: 2.5 })).toBe('value norm above 2.5');
    expect(describeCondition({ kind: 'step', step: 500 })).toBe('at step 500');
    expect(describeCondition({ kind: 'norm', of: 'gradient', when: 'above', threshold: 100 })).toBe('gradient norm above 100');
    expect(describeCondition({ kind: 'norm', of: 'gradient', when: 'above', threshold: 1.5e7 })).toBe('gradient norm above 1.5e+7');
  });
});
