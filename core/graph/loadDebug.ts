/**
 * Reads a raw `debug` block (breakpoints and watches). Each malformed entry,
 * or one on a node the graph does not have, is dropped with a BAD_FIELD
 * error naming it and what to do; the rest of the document is untouched.
 */
import type { Breakpoint, BreakpointCondition, DebugConfig, ProbedTensor, Watch, WatchStat } from './debug.ts';
import { PROBED_TENSORS, WATCH_STATS } from './debug.ts';
import { type Diagnostic, DiagnosticCode as C, error, warning } from './diagnostics.ts';
import { definedKeys, describe, isRecord, type JsonRecord, nonEmptyString, own } from './readJson.ts';

const DEBUG_FIELDS = new Set(['breakpoints', 'watches']);

/** The valid breakpoints and watches of `raw`, or undefined when there are none. */
export function readDebug(raw: JsonRecord, nodeIds: ReadonlySet<string>, out: Diagnostic[]): DebugConfig | undefined {
  const breakpoints = readList(raw, 'breakpoints', nodeIds, out, readBreakpoint);
  const watches = readList(raw, 'watches', nodeIds, out, readWatch);
  for (const key of definedKeys(raw))
    if (!DEBUG_FIELDS.has(key)) out.push(warning(C.BadField, `debug has an unknown field "${key}": it was ignored`, { fix: `remove "${key}"` }));
  return breakpoints.length + watches.length === 0 ? undefined : { breakpoints, watches };
}

function readList<T extends { id: string; node: string }>(raw: JsonRecord, field: 'breakpoints' | 'watches', nodeIds: ReadonlySet<string>, out: Diagnostic[], read: (r: JsonRecord) => T | string): T[] {
  const list = own(raw, field);
  const items: T[] = [];
  if (list === undefined) return items;
  const fix = field === 'breakpoints' ? 'set the breakpoint again from the node\'s context menu' : 'add the watch again from the node\'s context menu';
  if (!Array.isArray(list)) {
    out.push(error(C.BadField, `debug.${field} must be a list, got ${describe(list)}: it was dropped`, { fix }));
    return items;
  }
  const ids = new Set<string>();
  list.forEach((entry, i) => {
    const node = isRecord(entry) ? nonEmptyString(own(entry, 'node')) : undefined;
    const item = isRecord(entry) ? read(entry) : `is ${describe(entry)}, not an object`;
    const problem = typeof item === 'string' ? item : !nodeIds.has(item.node) ? `is on node "${item.node}", which is not in the graph` : ids.has(item.id) ? `repeats the id "${item.id}"` : undefined;
    if (typeof item === 'string' || problem !== undefined) {
      out.push(error(C.BadField, `debug.${field}[${i}]${node ? ` (node "${node}")` : ''} ${problem}: it was dropped`, { nodeId: node !== undefined && nodeIds.has(node) ? node : undefined, fix }));
      return;
    }
    ids.add(item.id);
    items.push(item);
  });
  return items;
}

/** A breakpoint, or what is wrong with it. */
function readBreakpoint(raw: JsonRecord): Breakpoint | string {
  const base = idAndNode(raw);
  if (typeof base === 'string') return base;
  const condition = readCondition(own(raw, 'condition'));
  if (typeof condition === 'string') return condition;
  const disabled = own(raw, 'disabled');
  if (disabled !== undefined && typeof disabled !== 'boolean') return `has disabled ${describe(disabled)}; use true or false`;
  const extra = definedKeys(raw).find((k) => !['id', 'node', 'condition', 'disabled'].includes(k));
  if (extra !== undefined) return `has an unknown field "${extra}"`;
  return { ...base, condition, ...(disabled === true ? { disabled: true } : {}) };
}

function readCondition(raw: unknown): BreakpointCondition | string {
  if (!isRecord(raw)) return `has a condition that is ${describe(raw)}, not an object`;
  const kind = own(raw, 'kind');
  const extra = (allowed: string[]) => definedKeys(raw).find((k) => k !== 'kind' && !allowed.includes(k));
  const bad = (k: string | undefined) => (k === undefined ? undefined : `has a condition with an unknown field "${k}"`);
  if (kind === 'step') {
    const step = own(raw, 'step');
    if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 1) return `has a step condition at ${describe(step)}; use a whole number of at least 1`;
    return bad(extra(['step'])) ?? { kind, step };
  }
  if (kind !== 'nonFinite' && kind !== 'norm') return `has a condition of kind ${describe(kind)}; use nonFinite, norm or step`;
  const of = own(raw, 'of');
  if (!PROBED_TENSORS.includes(of as ProbedTensor)) return `has a condition on ${describe(of)}; use "value" or "gradient"`;
  if (kind === 'nonFinite') return bad(extra(['of'])) ?? { kind, of: of as ProbedTensor };
  const [when, threshold] = [own(raw, 'when'), own(raw, 'threshold')];
  if (when !== 'above' && when !== 'below') return `has a norm condition "when" ${describe(when)}; use "above" or "below"`;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0) return `has a norm threshold ${describe(threshold)}; use a finite number of at least 0`;
  return bad(extra(['of', 'when', 'threshold'])) ?? { kind, of: of as ProbedTensor, when, threshold };
}

/** A watch, or what is wrong with it. */
function readWatch(raw: JsonRecord): Watch | string {
  const base = idAndNode(raw);
  if (typeof base === 'string') return base;
  const [of, stat] = [own(raw, 'of'), own(raw, 'stat')];
  if (!PROBED_TENSORS.includes(of as ProbedTensor)) return `watches ${describe(of)}; use "value" or "gradient"`;
  if (!WATCH_STATS.includes(stat as WatchStat)) return `logs ${describe(stat)}; use ${WATCH_STATS.join(', ')}`;
  const extra = definedKeys(raw).find((k) => !['id', 'node', 'of', 'stat'].includes(k));
  if (extra !== undefined) return `has an unknown field "${extra}"`;
  return { ...base, of: of as ProbedTensor, stat: stat as WatchStat };
}

function idAndNode(raw: JsonRecord): { id: string; node: string } | string {
  const id = nonEmptyString(own(raw, 'id'));
  const node = nonEmptyString(own(raw, 'node'));
  if (id === undefined) return `has no id (got ${describe(own(raw, 'id'))})`;
  if (node === undefined) return `has no node id (got ${describe(own(raw, 'node'))})`;
  return { id, node };
}
