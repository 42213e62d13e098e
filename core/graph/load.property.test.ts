import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatorOps, randomGraph } from '../../test/randomGraph.ts';
import { analyze } from './analyze.ts';
import { DiagnosticCode } from './diagnostics.ts';
import { loadDocumentText, type LoadResult, parseDocument } from './load.ts';
import { canonicalOrder, saveDocument } from './save.ts';

const RUNS = { numRuns: 300 };
const CODES = new Set<string>(Object.values(DiagnosticCode));

/** What must hold for any input: well-formed diagnostics, no internal error, and a loaded document that saves and reloads as itself. */
function checkResult(r: LoadResult): void {
  for (const d of r.diagnostics) {
    expect(CODES.has(d.code), d.code).toBe(true);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/internal error/);
  }
  if (!r.document) {
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    return;
  }
  const text = saveDocument(r.document);
  const again = loadDocumentText(text);
  expect(again.document).toEqual(canonicalOrder(r.document));
  expect(saveDocument(again.document!)).toBe(text);
}

/** Every node (edge) of the input is either in the document or reported as dropped: nothing is lost silently. */
function checkNothingLost(input: unknown, r: LoadResult): void {
  if (!r.document || typeof input !== 'object' || input === null) return;
  const raw = input as { nodes?: unknown; edges?: unknown };
  const dropped = (prefix: RegExp) => r.diagnostics.filter((d) => d.code === 'BAD_FIELD' && prefix.test(d.message) && d.message.endsWith(': it was dropped')).length;
  if (Array.isArray(raw.nodes)) expect(r.document.nodes.length + dropped(/^nodes?[ [](with id )?/)).toBe(raw.nodes.length);
  if (Array.isArray(raw.edges)) expect(r.document.edges.length + dropped(/^edges?[ [][^:]*/)).toBe(raw.edges.length);
}

type Mutation = { path: number[]; action: 'replace' | 'delete' | 'duplicate'; value: unknown };

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, undefined, 1e308, '', '__proto__', [], {}, [[[[[[]]]]]], { __proto__: null }),
);
const mutation: fc.Arbitrary<Mutation> = fc.record({ path: fc.array(fc.nat(), { maxLength: 7 }), action: fc.constantFrom('replace' as const, 'delete' as const, 'duplicate' as const), value: hostile });

/** Applies mutations to a JSON copy, each at a path picked by walking into containers. */
function mutate(doc: unknown, mutations: Mutation[]): unknown {
  const root = { doc: JSON.parse(JSON.stringify(doc)) as unknown };
  for (const m of mutations) {
    let parent = root as Record<string, unknown> | unknown[];
    let key: string | number = 'doc';
    for (const n of m.path) {
      const child: unknown = (parent as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) break;
      const keys: (string | number)[] = Array.isArray(child) ? child.map((_, i) => i) : Object.keys(child);
      if (keys.length === 0) break;
      parent = child as Record<string, unknown>;
      key = keys[n % keys.length];
    }
    if (Array.isArray(parent) && typeof key === 'number') {
      if (m.action === 'delete') parent.splice(key, 1);
      else if (m.action === 'duplicate') parent.splice(key, 0, structuredClone(parent[key]));
      else parent[key] = m.value;
    } else {
      const obj = parent as Record<string, unknown>;
      if (m.action === 'delete') delete obj[key];
      else Object.defineProperty(obj, m.action === 'duplicate' ? `${key}_copy` : key, { value: m.action === 'duplicate' ? obj[key] : m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root.doc;
}

describe('loader properties', () => {
  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => checkResult(parseDocument(json))), RUNS);
  });

  it('never throws on any JavaScript value', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withDate: true, withBigInt: true }), (v) => checkResult(parseDocument(v))), RUNS);
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => checkResult(loadDocumentText(text))), RUNS);
  });

  it('keeps what it can of a mutated valid document and reports every dropped item', () => {
    fc.assert(
      fc.property(randomGraph(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (doc, mutations) => {
        const input = mutate(doc, mutations);
        const r = parseDocument(input);
        checkResult(r);
        checkNothingLost(input, r);
      }),
      RUNS,
    );
  });

  it('round-trips random valid graphs: load(save(g)) equals g, and saving again gives the same bytes', () => {
    fc.assert(
      fc.property(randomGraph(), (g) => {
        expect(analyze(g).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const text = saveDocument(g);
        const r = loadDocumentText(text);
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(r.document).toEqual(canonicalOrder(g));
        expect(saveDocument(r.document!)).toBe(text);
      }),
      RUNS,
    );
  });

  it('draws graphs that use every op the generator knows', () => {
    const { unary, binary } = generatorOps();
    expect(binary).toContain('Add');
    const used = new Set(fc.sample(randomGraph(), { numRuns: 300, seed: 1 }).flatMap((g) => g.nodes.map((n) => n.op)));
    expect([...unary, ...binary, 'Placeholder', 'Variable', 'Constant', 'MatMul'].filter((op) => !used.has(op))).toEqual([]);
  });
});
