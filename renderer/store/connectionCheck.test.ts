import { describe, expect, it } from 'vitest';
import { checkConnection } from './connectionCheck.ts';
import { dense } from './commands/fixtures.ts';

describe('checkConnection', () => {
  const doc = dense();
  const id = (name: string) => doc.nodes.find((n) => n.name === name)!.id;

  it('accepts a connection whose shapes fit', () => {
    expect(checkConnection(doc, { source: id('y'), sourceOutput: 'product', target: id('act'), targetInput: 'x' })).toEqual({ ok: true });
  });

  it('refuses a MatMul whose inner dimensions disagree, saying why', () => {
    const check = checkConnection(doc, { source: id('W'), sourceOutput: 'value', target: id('y'), targetInput: 'a' });
    expect(check).toEqual({ ok: false, reason: expect.stringContaining('inner dimensions 3 and 2 differ') });
  });

  it("refuses what the connect command refuses, with its reason", () => {
    expect(checkConnection(doc, { source: id('act'), sourceOutput: 'y', target: id('y'), targetInput: 'a' })).toEqual({ ok: false, reason: expect.stringContaining('cycle') });
  });
});
