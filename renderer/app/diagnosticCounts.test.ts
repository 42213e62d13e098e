import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/graph/analyze.ts';
import { emptyDocument } from '../../core/graph/document.ts';
import { diagnosticCounts } from './diagnosticCounts.ts';

describe('diagnosticCounts', () => {
  it('counts inputs still to wire as warnings, not errors', () => {
    const doc = { ...emptyDocument(), nodes: [{ id: 'a', name: 'add', op: 'Add', attrs: {}, position: { x: 0, y: 0 } }] };
    const counts = diagnosticCounts(analyze(doc).diagnostics);
    expect(counts).toMatchObject({ errors: 0, unwired: 2 });
    expect(counts.warnings).toBeGreaterThanOrEqual(2);
  });

  it('keeps real errors as errors', () => {
    expect(diagnosticCounts([{ code: 'SHAPE_MISMATCH', severity: 'error', message: 'x' } as never, { code: 'MISSING_INPUT', severity: 'error', message: 'y' } as never])).toEqual({ errors: 1, warnings: 1, unwired: 1 });
  });
});
