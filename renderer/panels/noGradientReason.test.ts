import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocumentText } from '../../core/graph/load.ts';
import { noGradientReason } from './noGradientReason.ts';

const sample = (name: string) => loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document!;

describe('noGradientReason', () => {
  const doc = sample('mnist-cnn');
  const id = (name: string) => doc.nodes.find((n) => n.name === name)!.id;

  it('says the loss depends on an input, which gets no gradient because nothing before it is trained', () => {
    expect(noGradientReason(doc, id('X_img'))).toMatch(/^The loss depends on X_img, but nothing before it is trained/);
    expect(noGradientReason(doc, id('X'))).toMatch(/^The loss depends on X,/);
  });

  it('says the loss does not depend on the accuracy', () => {
    expect(noGradientReason(doc, id('accuracy'))).toBe('The loss does not depend on this node, so it has no gradient.');
  });

  it('explains the Minimize node and a graph without one', () => {
    expect(noGradientReason(doc, id('train'))).toMatch(/applies the gradients/);
    const hello = sample('hello');
    expect(noGradientReason(hello, hello.nodes[0].id)).toMatch(/add a Minimize/);
  });
});
