/**
 * Reads a saved `session.sweep`: a malformed sweep is dropped with a
 * diagnostic (the rest of the document still opens).
 */
import { type Diagnostic, DiagnosticCode as C, error } from '../graph/diagnostics.ts';
import type { AttrValue } from '../graph/document.ts';
import { definedKeys, describe, isRecord, own } from '../graph/readJson.ts';
import { initializerValuesProblem } from './initializerAxis.ts';
import { SWEEP_LIMITS, type SweepDefinition } from './sweep.ts';

/** The sweep, or undefined (with a diagnostic in `out`) when it is malformed. */
export function readSweep(raw: unknown, out: Diagnostic[]): SweepDefinition | undefined {
  const problem = sweepProblem(raw);
  if (problem === undefined) return copy(raw as SweepDefinition);
  out.push(error(C.BadField, `session.sweep ${problem}: it was dropped`, { fix: 'define the sweep again' }));
  return undefined;
}

function sweepProblem(raw: unknown): string | undefined {
  if (!isRecord(raw)) return `is ${describe(raw)}, not an object`;
  const extra = definedKeys(raw).find((k) => !['axes', 'seeds', 'firstSeed'].includes(k));
  if (extra !== undefined) return `has an unknown field "${extra}"`;
  const seeds = own(raw, 'seeds');
  if (typeof seeds !== 'number' || !Number.isSafeInteger(seeds) || seeds < 1 || seeds > SWEEP_LIMITS.seeds) return `has seeds ${describe(seeds)}; use a whole number from 1 to ${SWEEP_LIMITS.seeds}`;
  const first = own(raw, 'firstSeed');
  if (first !== undefined && (typeof first !== 'number' || !Number.isSafeInteger(first))) return `has firstSeed ${describe(first)}, not a whole number`;
  const axes = own(raw, 'axes');
  if (!Array.isArray(axes) || axes.length < 1 || axes.length > SWEEP_LIMITS.axes) return 'needs "axes": a list of one or two axes';
  for (const axis of axes) {
    if (!isRecord(axis) || typeof own(axis, 'target') !== 'string' || !Array.isArray(own(axis, 'values'))) return 'has an axis that is not {"target": "NODE.ATTR", "values": [...]}';
    const values = own(axis, 'values') as unknown[];
    if (values.length < 1 || values.length > SWEEP_LIMITS.values || !values.every(isScalar)) return `axis ${String(own(axis, 'target'))} needs 1 to ${SWEEP_LIMITS.values} numbers, words or true/false`;
    if (definedKeys(axis).some((k) => k !== 'target' && k !== 'values')) return `axis ${String(own(axis, 'target'))} has an unknown field`;
    const problem = valuesProblem(own(axis, 'target') as string, values as AttrValue[]);
    if (problem) return problem;
  }
  return undefined;
}

/** What the axes whose values have a kind of their own cannot hold: initializer kinds, numbers of units. */
function valuesProblem(target: string, values: AttrValue[]): string | undefined {
  if (target === 'initializer' || target.endsWith('.initializer')) return initializerValuesProblem(`axis ${target}`, values);
  if (target.endsWith('.units') && !values.every((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1)) return `axis ${target} needs whole numbers of units of at least 1`;
  return undefined;
}

function isScalar(v: unknown): v is AttrValue {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function copy(s: SweepDefinition): SweepDefinition {
  const out: SweepDefinition = { axes: s.axes.map((a) => ({ target: a.target, values: [...a.values] })), seeds: s.seeds };
  if (s.firstSeed !== undefined) out.firstSeed = s.firstSeed;
  return out;
}
