/**
 * TF1 course Python in, a Flowboard graph out:
 *
 *   const { document, diagnostics } = importPython(source, { title: 'xor' });
 *
 * Python names become node names (TF1's `name=` wins where given), numbers
 * and lists become Constants, the session's loop becomes the document's
 * session, and the graph is laid out left to right. Every line that is not
 * imported is in `diagnostics` with its reason; the rest still imports.
 */
import { analyze } from '../../graph/analyze.ts';
import type { Diagnostic } from '../../graph/diagnostics.ts';
import { FORMAT_ID, FORMAT_VERSION, type GraphDocument } from '../../graph/document.ts';
import { placeNodes } from '../layout.ts';
import { DEFAULT_GRAPH_SEED } from '../../random/seeds.ts';
import { type ImportContext, note } from './context.ts';
import { GraphDraft } from './graphDraft.ts';
import type { ImportDiagnostic } from './importDiagnostic.ts';
import { newOpSeedCount } from './opSeed.ts';
import { parsePython } from './parser.ts';
import { SessionRecorder } from './sessionRecorder.ts';
import { translate } from './translate.ts';

export interface ImportOptions {
  title?: string;
  /** Where the code came from, for the document's description (`xor.py`). */
  source?: string;
  /** Bytes the graph's tensors may take, checked in `validation` as `flowboard validate` does (core/graph/memory.ts). */
  memoryBudget?: number;
  /**
   * Reads a data file the program names (`np.loadtxt('data.csv')`): its text,
   * or undefined when there is none (the import then says which file to put where).
   */
  readFile?: (path: string) => string | undefined;
}

export interface ImportResult {
  document: GraphDocument;
  /** Lines not imported and assumptions made, in line order. */
  diagnostics: ImportDiagnostic[];
  /** The imported document's validation (errors and warnings, as `flowboard validate` shows them). */
  validation: Diagnostic[];
  /** Data files the program reads that `readFile` could not give: put them beside the program, or pick them, and import again. */
  missingFiles: string[];
}

/** Translates a program; never throws on any input text. */
export function importPython(source: string, options: ImportOptions = {}): ImportResult {
  const ctx: ImportContext = {
    draft: new GraphDraft(), env: new Map(), session: new SessionRecorder(), constants: new Map(), diagnostics: [], opSeeds: newOpSeedCount(), line: 1, files: { read: options.readFile, kept: new Map(), missing: [] },
    calls: [], sessionMethods: new Set(), callCount: 0, attributeLog: [], translateBlock: (stmts) => translate(ctx, stmts),
  };
  translate(ctx, parsePython(source));
  if (ctx.session.seed === undefined && ctx.opSeeds.seededWithoutGraphSeed) {
    // get_seed pairs an op seed with DEFAULT_GRAPH_SEED when the program sets no graph seed.
    ctx.session.seed = DEFAULT_GRAPH_SEED;
    note(ctx, `the program sets op seeds but no graph seed, so TensorFlow pairs them with its default graph seed ${DEFAULT_GRAPH_SEED}; the session's seed is set to it`, 1);
  }
  const session = ctx.session.build(ctx);
  const meta = { title: options.title ?? 'Imported Python', description: `Imported from ${options.source ?? 'TF1 Python code'}.` };
  const document: GraphDocument = { format: FORMAT_ID, version: FORMAT_VERSION, meta, nodes: ctx.draft.nodes, edges: ctx.draft.edges };
  if (session) document.session = session;
  // The draft's nodes are this import's own: placed in place rather than copied.
  placeNodes(document);
  const diagnostics = [...ctx.diagnostics].sort((a, b) => a.line - b.line);
  return { document, diagnostics, validation: analyze(document, { memoryBudget: options.memoryBudget }).diagnostics, missingFiles: ctx.files.missing };
}
