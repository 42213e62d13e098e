/**
 * Reads a raw session block: fetches, data bindings and run settings. A bad
 * entry is dropped with a diagnostic; whether the ids it names exist is
 * checked later by analysis (BAD_SESSION).
 */
import { checkNested } from '../ops/attrs.ts';
import { readSweep } from '../sweep/readSweep.ts';
import { type Diagnostic, DiagnosticCode as C, error, warning } from './diagnostics.ts';
import { type DataBinding, DATASET_SPLITS, type DatasetSplit, type FetchRole, type FetchSpec, type NestedNumbers, type SessionConfig } from './document.ts';
import { readImages } from './loadImages.ts';
import { definedKeys, describe, isRecord, type JsonRecord, nonEmptyString, own, setOwn } from './readJson.ts';

const ROLES: readonly FetchRole[] = ['loss', 'accuracy', 'metric', 'prediction'];
const COUNTS = ['steps', 'epochs', 'batchSize', 'logEvery'] as const;
const SESSION_FIELDS = new Set<string>(['train', 'fetches', 'feeds', 'evalFeeds', 'seed', 'files', 'sweep', 'images', ...COUNTS]);

/** The session, with malformed parts dropped and reported. */
export function readSession(raw: JsonRecord, out: Diagnostic[]): SessionConfig {
  const session: SessionConfig = { fetches: readFetches(own(raw, 'fetches'), out), feeds: readFeeds(own(raw, 'feeds'), 'feeds', out) };
  const train = own(raw, 'train');
  if (typeof train === 'string' && train.length > 0) session.train = train;
  else if (train !== undefined) out.push(error(C.BadField, `session.train must be a node id, got ${describe(train)}: it was dropped`, { fix: 'pick the Minimize node as the train node' }));
  if (own(raw, 'evalFeeds') !== undefined) session.evalFeeds = readFeeds(own(raw, 'evalFeeds'), 'evalFeeds', out);
  for (const key of COUNTS) {
    const v = own(raw, key);
    if (v === undefined) continue;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) session[key] = v;
    else out.push(error(C.BadField, `session.${key} must be a whole number of at least 1, got ${describe(v)}: it was dropped`, { fix: `set ${key} in the session panel` }));
  }
  const seed = own(raw, 'seed');
  if (typeof seed === 'number' && Number.isSafeInteger(seed)) session.seed = seed;
  else if (seed !== undefined) out.push(error(C.BadField, `session.seed must be a whole number, got ${describe(seed)}: it was dropped`, { fix: 'set the seed in the session panel' }));
  const files = readFiles(own(raw, 'files'), out);
  if (files) session.files = files;
  if (own(raw, 'sweep') !== undefined) {
    const sweep = readSweep(own(raw, 'sweep'), out);
    if (sweep) session.sweep = sweep;
  }
  const images = readImages(own(raw, 'images'), out);
  if (images) session.images = images;
  for (const key of definedKeys(raw))
    if (!SESSION_FIELDS.has(key)) out.push(warning(C.BadField, `the session has an unknown field "${key}": it was ignored`, { fix: `remove "${key}"` }));
  return session;
}

/** The CSV texts kept in the document; an entry that is not text is dropped. */
function readFiles(raw: unknown, out: Diagnostic[]): Record<string, string> | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    out.push(error(C.BadField, `session.files must be an object of file name to text, got ${describe(raw)}: it was dropped`, { fix: 'pick the CSV files again in the session panel' }));
    return undefined;
  }
  const files: Record<string, string> = {};
  for (const name of definedKeys(raw)) {
    const text = raw[name];
    if (typeof text === 'string') setOwn(files, name, text);
    else out.push(error(C.BadField, `session.files["${name}"] must be the file's text, got ${describe(text)}: it was dropped`, { fix: 'pick the CSV file again in the session panel' }));
  }
  return files;
}

function readFetches(raw: unknown, out: Diagnostic[]): FetchSpec[] {
  const fetches: FetchSpec[] = [];
  if (raw === undefined) return fetches;
  if (!Array.isArray(raw)) {
    out.push(error(C.BadField, `session.fetches must be a list, got ${describe(raw)}: it was dropped`, { fix: 'write "fetches": [ ... ]' }));
    return fetches;
  }
  for (let i = 0; i < raw.length; i++) {
    const f = readFetch(raw[i]);
    if (typeof f === 'string') {
      const node = isRecord(raw[i]) ? nonEmptyString(own(raw[i] as JsonRecord, 'node')) : undefined;
      out.push(error(C.BadField, `session.fetches[${i}]${node ? ` (node "${node}")` : ''} ${f}: it was dropped`, { nodeId: node, fix: 'pick the node to log again in the session panel' }));
    } else fetches.push(f);
  }
  return fetches;
}

/** A fetch, or what is wrong with it. */
function readFetch(raw: unknown): FetchSpec | string {
  if (!isRecord(raw)) return `is ${describe(raw)}, not an object`;
  const node = nonEmptyString(own(raw, 'node'));
  if (node === undefined) return `has no node id (got ${describe(own(raw, 'node'))})`;
  const role = own(raw, 'role');
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return `has role ${describe(role)}; use one of ${ROLES.join(', ')}`;
  const fetch: FetchSpec = { node, role: role as FetchRole };
  for (const key of ['output', 'label'] as const) {
    const v = own(raw, key);
    if (typeof v === 'string') fetch[key] = v;
    else if (v !== undefined) return `has a ${key} that is ${describe(v)}, not text`;
  }
  const extra = definedKeys(raw).find((k) => !['node', 'role', 'output', 'label'].includes(k));
  return extra === undefined ? fetch : `has an unknown field "${extra}"`;
}

function readFeeds(raw: unknown, field: string, out: Diagnostic[]): Record<string, DataBinding> {
  const feeds: Record<string, DataBinding> = {};
  if (raw === undefined) return feeds;
  if (!isRecord(raw)) {
    out.push(error(C.BadField, `session.${field} must be an object keyed by placeholder id, got ${describe(raw)}: it was dropped`, { fix: `write "${field}": { "<placeholder id>": { "kind": ... } }` }));
    return feeds;
  }
  for (const id of definedKeys(raw)) {
    const binding = readBinding(raw[id]);
    if (typeof binding === 'string')
      out.push(error(C.BadField, `session.${field} for node "${id}" ${binding}: it was dropped`, { nodeId: id, fix: 'bind the data again in the session panel' }));
    else setOwn(feeds, id, binding);
  }
  return feeds;
}

/** A data binding, or what is wrong with it. */
function readBinding(raw: unknown): DataBinding | string {
  if (!isRecord(raw)) return `is ${describe(raw)}, not a data binding`;
  const kind = own(raw, 'kind');
  const extra = (allowed: string[]) => {
    const k = definedKeys(raw).find((key) => key !== 'kind' && !allowed.includes(key));
    return k === undefined ? undefined : `has an unknown field "${k}"`;
  };
  if (kind === 'inline') {
    const value = own(raw, 'value');
    if (!checkNested(value)) return 'has an inline value that is not a number, true/false, or a rectangular nested list of finite numbers';
    return extra(['value']) ?? { kind, value: copyNested(value as NestedNumbers) };
  }
  if (kind === 'csv') {
    const path = own(raw, 'path');
    const columns = own(raw, 'columns');
    if (typeof path !== 'string') return `has a csv path that is ${describe(path)}, not text`;
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) return 'has csv columns that are not a list of column names';
    const oneHot = own(raw, 'oneHot');
    if (oneHot === undefined) return extra(['path', 'columns']) ?? { kind, path, columns: [...columns] };
    if (!Array.isArray(oneHot) || oneHot.length === 0 || !oneHot.every((c) => typeof c === 'string')) return 'has oneHot classes that are not a list of class names';
    if (new Set(oneHot).size !== oneHot.length) return 'has oneHot classes that repeat; name each class once';
    if (columns.length !== 1) return `has oneHot classes for ${columns.length} columns; one-hot encodes exactly one label column`;
    return extra(['path', 'columns', 'oneHot']) ?? { kind, path, columns: [...columns], oneHot: [...oneHot] };
  }
  if (kind === 'dataset') {
    const [name, split, fieldName] = [own(raw, 'name'), own(raw, 'split'), own(raw, 'field')];
    if (typeof name !== 'string' || typeof fieldName !== 'string') return 'needs a dataset name and field as text';
    if (!DATASET_SPLITS.includes(split as DatasetSplit)) return `has split ${describe(split)}; use ${DATASET_SPLITS.join(', ')}`;
    return extra(['name', 'split', 'field']) ?? { kind, name, split: split as DatasetSplit, field: fieldName };
  }
  return `has kind ${describe(kind)}; use inline, csv or dataset`;
}

/** checkNested has bounded the depth, so this copy's recursion is bounded too. */
function copyNested(v: NestedNumbers): NestedNumbers {
  return Array.isArray(v) ? v.map(copyNested) : v;
}
