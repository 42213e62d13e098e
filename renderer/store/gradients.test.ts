import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { deleteSelection } from './commands/deleteSelection.ts';
import { dense } from './commands/fixtures.ts';
import { gradientViewOf } from './gradients.ts';

function sample(name: string) {
  const doc = loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document;
  if (!doc) throw new Error(`sample ${name} did not load`);
  return doc;
}

describe('gradientViewOf', () => {
  it("shows the training expansion of the session's Minimize as backward nodes only", () => {
    const doc = sample('xor-nn');
    const view = gradientViewOf(doc);
    if (!view.ok) throw new Error(view.reason);
    const ids = new Set(doc.nodes.map((n) => n.id));
    expect(view.nodes.length).toBeGreaterThan(0);
    expect(view.nodes.every((n) => !ids.has(n.id) && (n.name.startsWith('gradients/') || n.name.startsWith('train/')))).toBe(true);
    expect(view.analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The updates wire into the Minimize's hidden `updates` input; the canvas leaves those edges out.
    expect(view.edges.some((e) => e.target === doc.session!.train)).toBe(false);
    const w1Update = view.nodes.find((n) => n.op === 'ApplyGradient' && n.name.includes('W1'))!;
    expect(view.explain.get(w1Update.id)).toMatch(/^Updates "W1" against its gradient/);
    expect([...view.explain.values()].some((t) => t.startsWith('Gradient through input'))).toBe(true);
    expect(view.forwardOf.get(w1Update.id)).toBe(doc.nodes.find((n) => n.name === 'W1')!.id);
    expect(view.nodes.every((n) => ids.has(view.forwardOf.get(n.id)!))).toBe(true);
  });

  it('is computed once per document and follows edits', () => {
    const doc = sample('xor-nn');
    expect(gradientViewOf(doc)).toBe(gradientViewOf(doc));
    const cost = doc.nodes.find((n) => n.name === 'cost')!;
    const edited = deleteSelection(doc, { nodeIds: [cost.id] });
    if (!edited.ok) throw new Error(edited.error);
    expect(gradientViewOf(edited.doc)).toMatchObject({ ok: false, reason: expect.any(String) });
  });

  it('explains why there is nothing to show without a Minimize', () => {
    expect(gradientViewOf(dense())).toEqual({ ok: false, reason: 'add a Minimize node on the loss to see its gradients' });
  });
});
