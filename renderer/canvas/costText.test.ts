import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import { graphCost } from '../../core/graph/cost.ts';
import { loadDocumentText } from '../../core/graph/load.ts';
import { nodeCostText, totalsText } from './costText.ts';

const sample = (name: string) => analyze(loadDocumentText(readFileSync(new URL(`../../samples/${name}.flow.json`, import.meta.url), 'utf8')).document!);

describe('cost text', () => {
  it('says a node’s parameters and multiply-adds, and when they are unknown', () => {
    expect(nodeCostText({ parameters: 34848, macs: 105415200 })).toBe('34,848 parameters · 105,415,200 multiply-adds per example');
    expect(nodeCostText({ parameters: 1, macs: 0 })).toBe('1 parameter · 0 multiply-adds per example');
    expect(nodeCostText({ parameters: 0, macs: null })).toBe('0 parameters · multiply-adds not counted (a shape is unknown)');
  });

  it('totals mnist-softmax: 784x10 weights and 10 biases, 7,840 MACs in its MatMul', () => {
    const cost = graphCost(sample('mnist-softmax'));
    expect(cost.parameters).toBe(7850);
    expect(totalsText(cost)).toMatch(/^7,850 parameters · [\d,]+ MACs\/example$/);
    expect(cost.macs).toBeGreaterThanOrEqual(7840);
  });

  it('totals xor-nn: the 2-2-1 net has 9 parameters', () => {
    expect(graphCost(sample('xor-nn')).parameters).toBe(9);
  });

  it('names the nodes left out of the total', () => {
    expect(totalsText({ parameters: 3, macs: 10, uncounted: 2 })).toBe('3 parameters · 10 MACs/example (2 nodes not counted)');
  });
});
