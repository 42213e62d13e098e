/**
 * Loads a `*.flow.json` document from any JSON value: checks the format and
 * version, migrates, reads the structure (dropping and reporting malformed
 * items, filling defaults), then analyses the graph. Never throws.
 */
import { analyze, type AnalyzeOptions, type GraphAnalysis } from './analyze.ts';
import { type Diagnostic, DiagnosticCode as C, error, warning } from './diagnostics.ts';
import { type DocumentMeta, FORMAT_ID, type GraphDocument } from './document.ts';
import { readDebug } from './loadDebug.ts';
import { readEdges, readNodes, readRecord } from './loadItems.ts';
import { readSession } from './loadSession.ts';
import { readSweepResults } from '../sweep/readSweepResults.ts';
import { readCheckpoint } from '../checkpoint/readCheckpoint.ts';
import { migrate, type Migration, MIGRATIONS } from './migrations.ts';
import { definedKeys, describe, isRecord, type JsonRecord, own } from './readJson.ts';

export interface LoadResult {
  /** Undefined only when the input is too broken (or too new) to make a document. */
  document: GraphDocument | undefined;
  /** Structure problems first, then the analysis's. */
  diagnostics: Diagnostic[];
  /** The analysis of `document`, so callers need not run it again. */
  analysis?: GraphAnalysis;
}

const TOP_FIELDS = new Set(['format', 'version', 'meta', 'nodes', 'edges', 'session', 'weights', 'debug', 'sweepResults']);
const META_FIELDS = new Set(['title', 'description', 'lesson']);

/** Parses `*.flow.json` text; invalid JSON gives NOT_A_DOCUMENT with the parser's message. `options` go to analyze (a memory budget). */
export function loadDocumentText(text: string, migrations: readonly Migration[] = MIGRATIONS, options: AnalyzeOptions = {}): LoadResult {
  let json: unknown;
  try {
    // A byte-order mark is legal at the start of a file but not in JSON.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return refused(error(C.NotADocument, `the file is not valid JSON: ${(e as Error).message}`, { fix: 'repair the JSON syntax, or restore the file from a backup' }));
  }
  return parseDocument(json, migrations, options);
}

/** Checks, migrates and analyses any JSON value as a graph document. */
export function parseDocument(json: unknown, migrations: readonly Migration[] = MIGRATIONS, options: AnalyzeOptions = {}): LoadResult {
  try {
    return read(json, migrations, options);
  } catch (e) {
    // A last guard for the "never throws" promise: report rather than crash the app on a loader bug.
    return refused(error(C.NotADocument, `internal error while reading the document: ${e instanceof Error ? e.message : String(e)}`, { fix: 'please report this file as a Flowboard bug' }));
  }
}

function read(json: unknown, migrations: readonly Migration[], options: AnalyzeOptions): LoadResult {
  if (!isRecord(json)) return refused(error(C.NotADocument, `this is ${describe(json)}, not a Flowboard graph (a JSON object)`, { fix: 'open a *.flow.json file saved by Flowboard' }));
  const format = own(json, 'format');
  if (format === undefined) return refused(error(C.NotADocument, `this JSON object has no "format" field, so it is not a Flowboard graph`, { fix: `a graph file starts with "format": "${FORMAT_ID}"` }));
  if (format !== FORMAT_ID) return refused(error(C.UnknownFormat, `this is a ${describe(format)} file, not a Flowboard graph ("${FORMAT_ID}")`, { fix: 'open it in the program that made it' }));

  const migrated = migrate(json, migrations);
  if (!migrated.raw) return { document: undefined, diagnostics: migrated.diagnostics };
  const raw = migrated.raw;
  const out: Diagnostic[] = [];
  const document: GraphDocument = {
    format: FORMAT_ID,
    version: raw.version as number,
    meta: readMeta(raw, out),
    nodes: readNodes(own(raw, 'nodes'), out),
    edges: readEdges(own(raw, 'edges'), out),
  };
  const session = readRecord(raw, 'session', '', out);
  if (session) document.session = readSession(session, out);
  const weights = own(raw, 'weights');
  if (weights !== undefined) {
    const read = readCheckpoint(weights);
    if (read.ok) document.weights = read.encoded;
    else out.push(warning(C.BadField, `the weights kept in the document cannot be read: ${read.problem}; they were left out`, { fix: 'save trained weights into the document again' }));
  }
  const debugBlock = readRecord(raw, 'debug', '', out);
  const debug = debugBlock && readDebug(debugBlock, new Set(document.nodes.map((n) => n.id)), out);
  if (debug) document.debug = debug;
  if (own(raw, 'sweepResults') !== undefined) {
    const results = readSweepResults(own(raw, 'sweepResults'), out);
    if (results) document.sweepResults = results;
  }
  for (const key of definedKeys(raw))
    if (!TOP_FIELDS.has(key)) out.push(warning(C.BadField, `the document has an unknown field "${key}": it was ignored`, { fix: `remove "${key}"` }));

  const analysis = analyze(document, options);
  return { document, diagnostics: [...out, ...analysis.diagnostics], analysis };
}

function readMeta(raw: JsonRecord, out: Diagnostic[]): DocumentMeta {
  const meta: DocumentMeta = { title: 'Untitled' };
  const m = readRecord(raw, 'meta', '', out);
  if (!m) return meta;
  for (const key of definedKeys(m)) {
    const v = m[key];
    if (!META_FIELDS.has(key)) out.push(warning(C.BadField, `meta has an unknown field "${key}": it was ignored`, { fix: `remove "${key}"` }));
    else if (typeof v === 'string') meta[key as keyof DocumentMeta] = v;
    else out.push(warning(C.BadField, `meta.${key} must be text, got ${describe(v)}: it was ignored`, { fix: `write the ${key} as a string` }));
  }
  return meta;
}

function refused(d: Diagnostic): LoadResult {
  return { document: undefined, diagnostics: [d] };
}
