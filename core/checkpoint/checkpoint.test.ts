import { describe, expect, it } from 'vitest';
import { analyze } from '../graph/analyze.ts';
import { parseDocument } from '../graph/load.ts';
import type { GraphDocument } from '../graph/document.ts';
import { linearRegression, ONE_TWO_THREE } from '../../test/trainingGraphs.ts';
import { base64ToFloat32, float32ToBase64 } from './float32Base64.ts';
import { graphFingerprint } from './graphFingerprint.ts';
import { matchCheckpoint } from './matchCheckpoint.ts';
import { readCheckpoint, readWeightsText } from './readCheckpoint.ts';
import type { SavedState } from './savedState.ts';
import { checkpointText, writeCheckpoint } from './writeCheckpoint.ts';

const doc = (): GraphDocument => linearRegression(ONE_TWO_THREE, { optimizer: 'Adam', learningRate: 0.1 }, { steps: 10 }).g.doc();

function state(w: number[], b: number[]): SavedState {
  return {
    step: 42,
    variables: new Map([
      ['W', { shape: [1], values: Float32Array.from(w) }],
      ['b', { shape: [1], values: Float32Array.from(b) }],
    ]),
    optimizer: { kind: 'Adam', slots: new Map([['W', new Map([['m', { shape: [1], values: Float32Array.of(0.25) }]])]]) },
  };
}

describe('float32 base64', () => {
  it('keeps every bit, of every length (padding 0, 1 and 2)', () => {
    const special = [0, -0, 1.5, -3.25e-38, 3.4028234663852886e38, Infinity, -Infinity, NaN, Math.fround(0.1)];
    for (let n = 0; n <= special.length; n++) {
      const values = Float32Array.from(special.slice(0, n));
      const back = base64ToFloat32(float32ToBase64(values))!;
      expect(new Uint8Array(back.buffer)).toEqual(new Uint8Array(values.buffer));
    }
    // 1.0f little-endian is 00 00 80 3f.
    expect(float32ToBase64([1])).toBe('AACAPw==');
  });

  it('refuses text that is not base64 of whole float32 values', () => {
    expect(base64ToFloat32('AACAPw=')).toBeUndefined();
    expect(base64ToFloat32('AAC*Pw==')).toBeUndefined();
    expect(base64ToFloat32('AACA')).toBeUndefined();
  });
});

describe('checkpoint files', () => {
  it('round-trips the variables, slots, step and graph through the file text', () => {
    const g = doc();
    const text = checkpointText(writeCheckpoint(g, state([1.0028353], [-0.006445099])));
    // The header comes first, readable: names and shapes before the data.
    expect(text.split('\n').slice(0, 8).join('\n')).toContain('"step": 42');
    const read = readWeightsText(text);
    if (!read.ok) throw new Error(read.problem);
    const { checkpoint } = read;
    expect(checkpoint.step).toBe(42);
    expect(checkpoint.graph).toEqual({ title: g.meta.title, fingerprint: graphFingerprint(g) });
    expect(checkpoint.variables.get('W')).toEqual({ shape: [1], values: Float32Array.of(1.0028353) });
    expect(checkpoint.optimizer?.slots.get('W')?.get('m')?.values[0]).toBe(0.25);
  });

  it('reads the weights a document keeps inside it, and says when it keeps none', () => {
    const g = doc();
    const withWeights = { ...g, weights: writeCheckpoint(g, state([2], [3])) };
    const read = readWeightsText(JSON.stringify(withWeights));
    expect(read.ok && read.checkpoint.variables.get('W')?.values[0]).toBe(2);
    const none = readWeightsText(JSON.stringify(g));
    expect(!none.ok && none.problem).toMatch(/keeps no weights/);
  });

  it('keeps valid weights when a document loads, and leaves broken ones out with a warning', () => {
    const g = doc();
    const kept = parseDocument(JSON.parse(JSON.stringify({ ...g, weights: writeCheckpoint(g, state([2], [3])) })));
    expect(kept.document?.weights?.step).toBe(42);
    expect(kept.diagnostics.filter((d) => d.code === 'BAD_FIELD')).toEqual([]);
    const broken = parseDocument(JSON.parse(JSON.stringify({ ...g, weights: { format: 'flowboard.weights' } })));
    expect(broken.document?.weights).toBeUndefined();
    expect(broken.document?.nodes.length).toBe(g.nodes.length);
    expect(broken.diagnostics.find((d) => d.code === 'BAD_FIELD')?.message).toMatch(/the weights kept in the document cannot be read: "version"/);
  });

  it('says what is wrong with a broken file, in one sentence', () => {
    const good = writeCheckpoint(doc(), state([1], [2]));
    const broken = (change: (c: Record<string, unknown>) => void) => {
      const c = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
      change(c);
      const r = readCheckpoint(c);
      return r.ok ? 'ok' : r.problem;
    };
    expect(broken(() => {})).toBe('ok');
    expect(broken((c) => (c.version = 2))).toMatch(/newer than this Flowboard reads/);
    expect(broken((c) => (c.format = 'other'))).toMatch(/not saved weights/);
    expect(broken((c) => ((c.variables as { shape: number[] }[])[0].shape = [2]))).toMatch(/variable "W" has shape \[2\] \(2 values\) but its data holds 1/);
    expect(broken((c) => ((c.variables as { data: string }[])[1].data = '!!'))).toMatch(/"b"'s "data" is not base64/);
    expect(broken((c) => (c.variables as object[]).push((c.variables as object[])[0]))).toMatch(/"W" is saved twice/);
    expect(broken((c) => (c.step = -1))).toMatch(/"step"/);
    expect(readWeightsText('{').ok).toBe(false);
  });
});

describe('matchCheckpoint', () => {
  it('accepts weights of the same graph, and notes a graph edited since', () => {
    const g = doc();
    const read = readCheckpoint(writeCheckpoint(g, state([1], [2])));
    if (!read.ok) throw new Error(read.problem);
    expect(matchCheckpoint(analyze(g), read.checkpoint)).toEqual({ ok: true, notes: [] });
    // Moving a node is not an edit of the graph; a learning rate is.
    const moved = { ...g, nodes: g.nodes.map((n) => ({ ...n, position: { x: n.position.x + 5, y: 0 } })) };
    expect(graphFingerprint(moved)).toBe(graphFingerprint(g));
    const edited = { ...g, nodes: g.nodes.map((n) => (n.op === 'Minimize' ? { ...n, attrs: { ...n.attrs, learningRate: 0.5 } } : n)) };
    const match = matchCheckpoint(analyze(edited), read.checkpoint);
    expect(match.ok && match.notes[0]).toMatch(/the graph changed since these weights were saved/);
  });

  it('refuses weights of another graph, naming every variable that does not match', () => {
    const s = state([1], [2]);
    s.variables.delete('b');
    s.variables.set('W', { shape: [2, 1], values: Float32Array.of(1, 2) });
    s.variables.set('W9', { shape: [3], values: Float32Array.of(1, 2, 3) });
    s.optimizer = undefined;
    const read = readCheckpoint(writeCheckpoint({ ...doc(), meta: { title: 'other' } }, s));
    if (!read.ok) throw new Error(read.problem);
    const match = matchCheckpoint(analyze(doc()), read.checkpoint);
    if (match.ok) throw new Error('should refuse');
    expect(match.mismatches.map((m) => [m.name, m.kind])).toEqual([
      ['W', 'shape'],
      ['b', 'missing'],
      ['W9', 'extra'],
    ]);
    expect(match.message).toMatch(/^these weights are from another graph \("other"\): "W" has shape \[2,1\] in the file and \[1\] in the graph; "b" \[1\] is not in the file; "W9" \[3\] is in the file/);
    expect(match.message).toMatch(/Nothing was loaded/);
  });
});
