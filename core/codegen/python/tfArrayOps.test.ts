import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../graph/document.ts';
import { importPython } from './importPython.ts';

const imp = (body: string) => importPython(`import tensorflow as tf\n${body}`);
const named = (doc: GraphDocument, name: string) => doc.nodes.find((n) => n.name === name);

describe('importing tf.pad', () => {
  it('reads paddings, mode CONSTANT and constant_values', () => {
    const { document: doc, diagnostics } = imp("x = tf.placeholder(tf.float32, [None, 19, 19, 48])\np = tf.pad(x, [[0, 0], [2, 2], [2, 2], [0, 0]], 'CONSTANT')\nq = tf.pad(x, paddings=[[0, 0], [1, 1], [1, 1], [0, 0]], constant_values=-1)\n");
    expect(diagnostics).toEqual([]);
    expect(named(doc, 'p')).toMatchObject({ op: 'Pad', attrs: { paddings: [[0, 0], [2, 2], [2, 2], [0, 0]] } });
    expect(named(doc, 'q')).toMatchObject({ op: 'Pad', attrs: { paddings: [[0, 0], [1, 1], [1, 1], [0, 0]], constantValue: -1 } });
  });
  it('refuses modes REFLECT and SYMMETRIC, and paddings computed as a tensor, saying why', () => {
    const { diagnostics } = imp("x = tf.placeholder(tf.float32, [2, 3])\np = tf.pad(x, [[1, 1], [1, 1]], mode='REFLECT')\nq = tf.pad(x, tf.constant([[1, 1], [1, 1]]))\n");
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, "tf.pad: mode 'REFLECT' is not supported; Flowboard's Pad adds a constant border (mode 'CONSTANT') only"],
      [4, expect.stringContaining("tf.pad's paddings must be a list of whole numbers written in the code")],
    ]);
  });
});
