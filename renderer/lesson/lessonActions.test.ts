import { describe, expect, it } from 'vitest';
import { describeActions, parseLessonLink } from './lessonActions.ts';

describe('parseLessonLink', () => {
  it('reads one action or several, with their arguments', () => {
    expect(parseLessonLink('flowboard:seed=3')).toEqual({ ok: true, actions: [{ kind: 'seed', seed: 3 }] });
    expect(parseLessonLink('flowboard:seed=3;train')).toEqual({ ok: true, actions: [{ kind: 'seed', seed: 3 }, { kind: 'train' }] });
    expect(parseLessonLink('flowboard:gradients')).toEqual({ ok: true, actions: [{ kind: 'gradients', show: 'toggle' }] });
    expect(parseLessonLink('flowboard:gradients=off')).toEqual({ ok: true, actions: [{ kind: 'gradients', show: false }] });
    expect(parseLessonLink('flowboard:open=xor-wide')).toEqual({ ok: true, actions: [{ kind: 'open', sample: 'xor-wide' }] });
    expect(parseLessonLink('flowboard:select=layer1%2FW')).toEqual({ ok: true, actions: [{ kind: 'select', node: 'layer1/W' }] });
  });

  it('reads Run with fetches and feeds, and set with a number, a word or a flag', () => {
    expect(parseLessonLink('flowboard:run=adder&a=[1,3]&b=[2,4]')).toEqual({ ok: true, actions: [{ kind: 'run', fetches: ['adder'], feeds: { a: '[1,3]', b: '[2,4]' } }] });
    expect(parseLessonLink('flowboard:run=sum,adder')).toEqual({ ok: true, actions: [{ kind: 'run', fetches: ['sum', 'adder'], feeds: {} }] });
    expect(parseLessonLink('flowboard:set=train.learningRate=0.5')).toEqual({ ok: true, actions: [{ kind: 'set', node: 'train', attr: 'learningRate', value: 0.5 }] });
    expect(parseLessonLink('flowboard:set=train.optimizer=Adam')).toEqual({ ok: true, actions: [{ kind: 'set', node: 'train', attr: 'optimizer', value: 'Adam' }] });
    expect(parseLessonLink('flowboard:set=layer1/W.trainable=false')).toEqual({ ok: true, actions: [{ kind: 'set', node: 'layer1/W', attr: 'trainable', value: false }] });
    expect(parseLessonLink('flowboard:set=W1.initializer={"kind":"constant","value":0.5}')).toEqual({
      ok: true,
      actions: [{ kind: 'set', node: 'W1', attr: 'initializer', value: { kind: 'constant', value: 0.5 } }],
    });
  });

  it('refuses what it does not know, saying what would work', () => {
    expect(parseLessonLink('https://example.com')).toMatchObject({ ok: false });
    expect(parseLessonLink('flowboard:seed=x')).toEqual({ ok: false, message: 'flowboard:seed=x: seed needs a whole number, e.g. seed=3' });
    expect(parseLessonLink('flowboard:fly')).toMatchObject({ ok: false, message: expect.stringContaining('unknown action "fly"; the actions are seed, steps, train') });
    expect(parseLessonLink('flowboard:set=learningRate')).toMatchObject({ ok: false, message: expect.stringContaining('set needs NODE.ATTR=VALUE') });
  });
});

describe('describeActions', () => {
  it('says what a link does', () => {
    const parsed = parseLessonLink('flowboard:seed=3;train');
    expect(parsed.ok && describeActions(parsed.actions)).toBe('Sets the seed to 3, then trains');
  });
});
