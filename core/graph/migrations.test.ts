import { describe, expect, it } from 'vitest';
import { FlowboardError } from './diagnostics.ts';
import { FORMAT_ID, FORMAT_VERSION } from './document.ts';
import { loadDocumentText } from './load.ts';
import { FIRST_VERSION, migrate, type Migration, MIGRATIONS, type RawDocument } from './migrations.ts';

/**
 * A made-up history: in format 1 nodes said `type` instead of `op`; in format 2
 * the title lived in `meta.name`. Format 3 is today's shape.
 */
const FAKE: Migration[] = [
  {
    name: 'rename-node-type-to-op',
    from: 1,
    up: (doc) => ({
      ...doc,
      nodes: (doc.nodes as Record<string, unknown>[]).map(({ type, ...rest }) => ({ ...rest, op: type })),
    }),
  },
  {
    name: 'move-meta-name-to-title',
    from: 2,
    up: (doc) => {
      const { name, ...meta } = doc.meta as Record<string, unknown>;
      return { ...doc, meta: { ...meta, title: name } };
    },
  },
];

function v1(): RawDocument {
  return { format: FORMAT_ID, version: 1, meta: { name: 'old' }, nodes: [{ id: 'n1', type: 'Constant', name: 'c', attrs: { value: 2 } }], edges: [] };
}

describe('migrate', () => {
  it('ships a list that ends at the version this app writes', () => {
    expect(FIRST_VERSION + MIGRATIONS.length).toBe(FORMAT_VERSION);
    expect(migrate({ version: FORMAT_VERSION }).raw).toEqual({ version: FORMAT_VERSION });
  });

  it('runs every step from the file version, in order, without touching the input', () => {
    const input = v1();
    const before = JSON.stringify(input);
    const result = migrate(input, FAKE);
    expect(result.applied).toEqual(['rename-node-type-to-op', 'move-meta-name-to-title']);
    expect(result.raw).toEqual({ format: FORMAT_ID, version: 3, meta: { title: 'old' }, nodes: [{ id: 'n1', op: 'Constant', name: 'c', attrs: { value: 2 } }], edges: [] });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('starts at the file version and leaves a current file alone', () => {
    expect(migrate({ version: 2, meta: { name: 'x' } }, FAKE).applied).toEqual(['move-meta-name-to-title']);
    const current = migrate({ version: 3, meta: { title: 'x' } }, FAKE);
    expect(current.applied).toEqual([]);
    expect(current.raw).toEqual({ version: 3, meta: { title: 'x' } });
  });

  it('refuses a file from a newer app and says which version it needs', () => {
    const shipped = migrate({ version: 3 });
    expect(shipped.raw).toBeUndefined();
    expect(shipped.diagnostics[0].code).toBe('VERSION_TOO_NEW');
    expect(shipped.diagnostics[0].message).toBe(`made by a newer Flowboard (format 3); this app reads up to format ${FORMAT_VERSION}: update Flowboard`);
    expect(migrate({ version: 4 }, FAKE).diagnostics[0].message).toContain('this app reads up to format 3');
  });

  it('refuses a missing or malformed version', () => {
    for (const version of [undefined, '1', 1.5, 0, -1, null, Number.NaN]) {
      const r = migrate({ version }, FAKE);
      expect(r.raw, String(version)).toBeUndefined();
      expect(r.diagnostics.map((d) => d.code)).toEqual(['BAD_FIELD']);
    }
  });

  it('reports a step that fails on an odd old file, naming the step', () => {
    const r = migrate({ version: 1, nodes: 'not a list' }, FAKE);
    expect(r.raw).toBeUndefined();
    expect(r.diagnostics[0].message).toMatch(/from format 1 to 2 \(step "rename-node-type-to-op"\)/);
  });

  it('throws on a list that skips a version (a bug in the list, not the file)', () => {
    expect(() => migrate({ version: 1 }, [FAKE[1]])).toThrow(FlowboardError);
  });

  it('loads an old file through the loader', () => {
    const r = loadDocumentText(JSON.stringify(v1()), FAKE);
    expect(r.diagnostics).toEqual([]);
    expect(r.document?.version).toBe(3);
    expect(r.document?.meta.title).toBe('old');
    expect(r.document?.nodes[0]).toEqual({ id: 'n1', op: 'Constant', name: 'c', attrs: { value: 2 }, position: { x: 0, y: 0 } });
  });
});
