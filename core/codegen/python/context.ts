/**
 * What every part of the translator shares while it reads one program: the
 * graph being built, the Python names in scope, the session's runs, and the
 * notes for the learner.
 */
import type { GraphDraft } from './graphDraft.ts';
import type { ImportDiagnostic } from './importDiagnostic.ts';
import type { OpSeedCount } from './opSeed.ts';
import type { SessionRecorder } from './sessionRecorder.ts';
import type { Stmt } from './ast.ts';
import type { MethodDef, TensorValue, Value } from './values.ts';

export interface ImportContext {
  draft: GraphDraft;
  /** Python names bound so far. */
  env: Map<string, Value>;
  session: SessionRecorder;
  /** Constants made from named Python data (`x_data`), by name and dtype, so each is one node. */
  constants: Map<string, TensorValue>;
  diagnostics: ImportDiagnostic[];
  /** The random ops counted so far, for the op seeds TF gives them (opSeed.ts). */
  opSeeds: OpSeedCount;
  /** The line of the statement being translated. */
  line: number;
  /** Data files the program reads (np.loadtxt), by the path it names. */
  files: DataFiles;
  /** Methods of the program's classes being run, outermost first (classes.ts). */
  calls: CallFrame[];
  /** Names of the program's methods that run the session, so a loop calling them is a training loop. */
  sessionMethods: Set<string>;
  /** Method calls run so far: a program cannot make the importer run methods without end. */
  callCount: number;
  /** Attributes set on the program's objects, with the values they replaced, so a failed statement undoes its own. */
  attributeLog: { attrs: Map<string, Value>; name: string; previous: Value | undefined }[];
  /** Translates a block of statements (translate.ts), for the bodies of methods. */
  translateBlock: (stmts: readonly Stmt[]) => void;
}

/** One method being run: where it was called from, the module's names, and what it returned. */
export interface CallFrame {
  method: MethodDef;
  /** The line of the call in the code that called it. */
  line: number;
  globals: Map<string, Value>;
  returned?: Value;
}

/** The importer's side of the files a program reads: core does no I/O, the caller reads them. */
export interface DataFiles {
  /** Text of a file named in the program, or undefined when the caller does not have it. */
  read?: (path: string) => string | undefined;
  /** Files read, as CSV with a header row of generated column names, kept in the session by path. */
  kept: Map<string, { text: string; header: string[]; line: number }>;
  /** Paths the program reads that the caller could not give, in the order they were asked for. */
  missing: string[];
}

/** Records an assumption the importer made on the current line. */
export function note(ctx: ImportContext, message: string, line = ctx.line): void {
  ctx.diagnostics.push({ severity: 'note', line, message });
}
