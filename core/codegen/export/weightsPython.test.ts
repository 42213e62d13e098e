import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../graph/load.ts';
import { exportPython } from './exportPython.ts';

const doc = loadDocumentText(readFileSync(new URL('../../../samples/xor-nn.flow.json', import.meta.url), 'utf8')).document!;

describe('exportPython with weights', () => {
  it('loads every variable by its node name after the initializer, from a path beside the program', () => {
    const code = exportPython(doc, { weights: { path: 'xor.weights.json', relativeToScript: true } });
    const lines = code.split('\n').map((l) => l.trim());
    const init = lines.indexOf('sess.run(tf.global_variables_initializer())');
    expect(lines.slice(init + 1, init + 7)).toEqual([
      "weights_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'xor.weights.json')",
      'saved_weights = load_weights(weights_path)',
      "W1.load(saved_weights['W1'], sess)",
      "b1.load(saved_weights['b1'], sess)",
      "W2.load(saved_weights['W2'], sess)",
      "b2.load(saved_weights['b2'], sess)",
    ]);
    expect(code).toMatch(/^import base64\nimport json\nimport os\n/m);
    expect(exportPython(doc, { weights: { path: '/abs/x.weights.json', relativeToScript: false } })).toContain("weights_path = '/abs/x.weights.json'");
    expect(exportPython(doc)).not.toContain('load_weights');
  });
});
