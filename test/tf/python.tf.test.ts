/** The TensorFlow runner itself: TF1 graph mode runs and answers in JSON. */
import { describe, expect, it } from 'vitest';
import { runPython } from '../../tools/tf/python.ts';

describe('runPython', () => {
  it('runs TF1 graph-mode code in TensorFlow 2.21 and returns its JSON', async () => {
    const out = await runPython<{ version: string; sum: number[] }>(
      ['import json, sys', 'import tensorflow.compat.v1 as tf', 'tf.disable_v2_behavior()', 'x = json.load(sys.stdin)', 'with tf.Session() as s:', '    v = s.run(tf.add(tf.constant(x["a"]), tf.constant(x["b"])))', 'print(json.dumps({"version": tf.__version__, "sum": v.tolist()}))'].join('\n'),
      { a: [1, 3], b: [2, 4] },
    );
    expect(out.version).toBe('2.21.0');
    expect(out.sum).toEqual([3, 7]);
  });

  it('fails with Python\'s error when the script fails', async () => {
    await expect(runPython('import sys\nraise SystemExit("no such op: Frobnicate")')).rejects.toThrow(/Frobnicate/);
  });

  it('fails with Python\'s error when the script exits before reading its input (no EPIPE escapes)', async () => {
    // Far more than a pipe's buffer, so the write is still going when Python exits.
    const input = Array.from({ length: 1_000_000 }, (_, i) => i);
    await expect(runPython('raise SystemExit("exited unread")', input)).rejects.toThrow(/exited unread/);
  });
});
