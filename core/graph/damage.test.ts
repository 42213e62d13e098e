import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../test/graphBuilder.ts';
import { damageDiagnostics } from './damage.ts';
import { parseDocument } from './load.ts';

describe('damageDiagnostics', () => {
  it('counts a wire to a missing node as damage', () => {
    const g = new GraphBuilder();
    const x = g.add('Constant', { value: 1 }, 'x');
    const doc = g.doc();
    doc.edges.push({ id: 'dangling', source: x.id, sourceOutput: 'value', target: 'gone', targetInput: 'x' });
    const { diagnostics } = parseDocument(JSON.parse(JSON.stringify(doc)));
    expect(damageDiagnostics(diagnostics).map((d) => d.code)).toEqual(['DANGLING_EDGE']);
  });

  it('leaves a learner\'s mistakes (a missing input, a shape mismatch) to the canvas', () => {
    const g = new GraphBuilder();
    const a = g.add('Constant', { value: [[1, 2, 3]] }, 'a');
    const b = g.add('Constant', { value: [[1], [2]] }, 'b');
    g.add('MatMul', {}, 'bad', { a, b });
    g.add('Add', {}, 'half', { x: a });
    const { diagnostics } = parseDocument(JSON.parse(JSON.stringify(g.doc())));
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['MISSING_INPUT', 'SHAPE_MISMATCH']);
    expect(damageDiagnostics(diagnostics)).toEqual([]);
  });
});
