/**
 * Reads a saved `sweepResults` block. A malformed block is dropped whole
 * with a diagnostic, a malformed run alone is dropped with one; the rest of
 * the document still opens.
 */
import { type Diagnostic, DiagnosticCode as C, warning } from '../graph/diagnostics.ts';
import { definedKeys, describe, isRecord, own, type JsonRecord } from '../graph/readJson.ts';
import { readSweep } from './readSweep.ts';
import { SWEEP_LIMITS } from './sweep.ts';
import { SAVED_POINTS, type SweepResults, type SweptRun } from './sweepResults.ts';

const RUN_FIELDS = new Set(['setting', 'seed', 'steps', 'values', 'stopped']);

/** The results, or undefined (with a diagnostic in `out`) when the block is unusable. */
export function readSweepResults(raw: unknown, out: Diagnostic[]): SweepResults | undefined {
  const drop = (why: string) => {
    out.push(warning(C.BadField, `sweepResults ${why}: the sweep's results were left out`, { fix: 'run the sweep again' }));
    return undefined;
  };
  if (!isRecord(raw)) return drop(`is ${describe(raw)}, not an object`);
  const extra = definedKeys(raw).find((k) => k !== 'sweep' && k !== 'runs');
  if (extra !== undefined) return drop(`has an unknown field "${extra}"`);
  const sweep = readSweep(own(raw, 'sweep'), out);
  if (!sweep) return drop('has no well-formed "sweep"');
  const runs = own(raw, 'runs');
  if (!Array.isArray(runs) || runs.length > SWEEP_LIMITS.runs) return drop(`needs "runs": a list of at most ${SWEEP_LIMITS.runs} runs`);
  const kept: SweptRun[] = [];
  runs.forEach((r, i) => {
    const problem = runProblem(r);
    if (problem === undefined) kept.push(copyRun(r as JsonRecord));
    else out.push(warning(C.BadField, `sweepResults run ${i + 1} ${problem}: it was left out`, { fix: 'run the sweep again' }));
  });
  return { sweep, runs: kept };
}

function runProblem(r: unknown): string | undefined {
  if (!isRecord(r)) return `is ${describe(r)}, not an object`;
  const extra = definedKeys(r).find((k) => !RUN_FIELDS.has(k));
  if (extra !== undefined) return `has an unknown field "${extra}"`;
  if (typeof own(r, 'setting') !== 'string') return 'has no "setting" text';
  const seed = own(r, 'seed');
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) return `has seed ${describe(seed)}, not a whole number`;
  const stopped = own(r, 'stopped');
  if (stopped !== undefined && typeof stopped !== 'string') return `has stopped ${describe(stopped)}, not text`;
  const steps = own(r, 'steps');
  if (!Array.isArray(steps) || steps.length > SAVED_POINTS || !steps.every((s) => typeof s === 'number' && Number.isSafeInteger(s) && s >= 0)) return `needs "steps": at most ${SAVED_POINTS} whole numbers`;
  if (steps.some((s, i) => i > 0 && s <= (steps[i - 1] as number))) return 'has steps that do not increase';
  const values = own(r, 'values');
  if (!isRecord(values)) return 'needs "values": tag -> numbers';
  for (const tag of definedKeys(values)) {
    const v = values[tag];
    if (!Array.isArray(v) || v.length !== steps.length || !v.every((x) => x === null || (typeof x === 'number' && Number.isFinite(x)))) return `has values of "${tag}" that are not one number (or null) per step`;
  }
  return undefined;
}

function copyRun(r: JsonRecord): SweptRun {
  const values = r.values as JsonRecord;
  const run: SweptRun = {
    setting: r.setting as string,
    seed: r.seed as number,
    steps: [...(r.steps as number[])],
    values: Object.fromEntries(definedKeys(values).map((tag) => [tag, (values[tag] as (number | null)[]).map((x) => (x === null ? NaN : x))])),
  };
  if (typeof r.stopped === 'string') run.stopped = r.stopped;
  return run;
}
