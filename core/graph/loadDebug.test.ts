import { describe, expect, it } from 'vitest';
import type { DebugConfig } from './debug.ts';
import { FORMAT_ID, FORMAT_VERSION, type GraphDocument } from './document.ts';
import { loadDocumentText, parseDocument } from './load.ts';
import { saveDocument } from './save.ts';

const node = (id: string, name: string) => ({ id, op: 'Variable', name, attrs: { shape: [2], initializer: { kind: 'zeros' } }, position: { x: 0, y: 0 } });
const doc = (debug: unknown): Record<string, unknown> => ({ format: FORMAT_ID, version: FORMAT_VERSION, meta: { title: 't' }, nodes: [node('w', 'W'), node('b', 'b')], edges: [], debug });

const debug: DebugConfig = {
  breakpoints: [
    { id: 'bp1', node: 'w', condition: { kind: 'norm', of: 'gradient', when: 'below', threshold: 1e-6 } },
    { id: 'bp2', node: 'b', condition: { kind: 'nonFinite', of: 'value' }, disabled: true },
    { id: 'bp3', node: 'w', condition: { kind: 'step', step: 500 } },
  ],
  watches: [{ id: 'w1', node: 'w', of: 'gradient', stat: 'norm' }],
};

describe('the debug block (breakpoints and watches)', () => {
  it('survives save and open unchanged', () => {
    const first = parseDocument(doc(debug));
    expect(first.diagnostics).toEqual([]);
    expect(first.document?.debug).toEqual(debug);
    const again = loadDocumentText(saveDocument(first.document as GraphDocument));
    expect(again.diagnostics).toEqual([]);
    expect(again.document?.debug).toEqual(debug);
    // Saving what was opened gives the same bytes: the block is stable, nothing is lost.
    expect(saveDocument(again.document as GraphDocument)).toBe(saveDocument(first.document as GraphDocument));
  });

  it('is optional: a document without one opens as before and saves without one', () => {
    const r = parseDocument(doc(undefined));
    expect(r.diagnostics).toEqual([]);
    expect(r.document && 'debug' in r.document).toBe(false);
    expect(saveDocument(r.document as GraphDocument)).not.toContain('debug');
  });

  it('drops each invalid entry with a diagnostic naming it and the fix, and keeps the rest', () => {
    const bad = {
      breakpoints: [
        debug.breakpoints[0],
        { id: 'x1', node: 'w', condition: { kind: 'norm', of: 'gradient', when: 'under', threshold: 1 } },
        { id: 'x2', node: 'w', condition: { kind: 'norm', of: 'value', when: 'above', threshold: -1 } },
        { id: 'x3', node: 'gone', condition: { kind: 'nonFinite', of: 'value' } },
        { id: 'bp1', node: 'b', condition: { kind: 'step', step: 3 } },
        { id: 'x4', node: 'w', condition: { kind: 'step', step: 2.5 } },
        { id: 'x5', node: 'w', condition: { kind: 'loss' } },
        'red dot',
      ],
      watches: [{ id: 'w1', node: 'w', of: 'gradient', stat: 'max' }, debug.watches[0]],
      colour: 'red',
    };
    const r = parseDocument(doc(bad));
    expect(r.document?.debug).toEqual({ breakpoints: [debug.breakpoints[0]], watches: [debug.watches[0]] });
    expect(r.document?.nodes).toHaveLength(2);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'debug.breakpoints[1] (node "w") has a norm condition "when" "under"; use "above" or "below": it was dropped',
      'debug.breakpoints[2] (node "w") has a norm threshold -1; use a finite number of at least 0: it was dropped',
      'debug.breakpoints[3] (node "gone") is on node "gone", which is not in the graph: it was dropped',
      'debug.breakpoints[4] (node "b") repeats the id "bp1": it was dropped',
      'debug.breakpoints[5] (node "w") has a step condition at 2.5; use a whole number of at least 1: it was dropped',
      'debug.breakpoints[6] (node "w") has a condition of kind "loss"; use nonFinite, norm or step: it was dropped',
      'debug.breakpoints[7] is "red dot", not an object: it was dropped',
      'debug.watches[0] (node "w") logs "max"; use norm, mean, value: it was dropped',
      'debug has an unknown field "colour": it was ignored',
    ]);
    expect(r.diagnostics[0]).toMatchObject({ code: 'BAD_FIELD', severity: 'error', nodeId: 'w', fix: "set the breakpoint again from the node's context menu" });
    // A node that is not in the graph is not named as the diagnostic's node.
    expect(r.diagnostics[2].nodeId).toBeUndefined();
  });

  it('refuses a debug block that is not an object, or lists that are not lists', () => {
    expect(parseDocument(doc('on')).diagnostics.map((d) => d.message)).toEqual(['"debug" must be an object, got "on": it was ignored']);
    const r = parseDocument(doc({ breakpoints: {}, watches: 3 }));
    expect(r.document?.debug).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message)).toEqual(['debug.breakpoints must be a list, got an object: it was dropped', 'debug.watches must be a list, got 3: it was dropped']);
  });
});
