/**
 * Document migrations: an ordered list, one named step per version (n -> n+1),
 * run on the raw JSON before its structure is checked. Files newer than this
 * app are refused rather than guessed at.
 */
import { type Diagnostic, DiagnosticCode as C, error, FlowboardError } from './diagnostics.ts';

/** Raw document JSON of some older version; only `version` is known to be an integer. */
export type RawDocument = Record<string, unknown>;

export interface Migration {
  /** Short, stable name, e.g. `split-bias-from-dense`; shown when the step fails. */
  name: string;
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /** Returns the upgraded document; must not change its argument. `migrate` sets `version`. */
  up(doc: Readonly<RawDocument>): RawDocument;
}

/** The first real format; the shipped list starts here. */
export const FIRST_VERSION = 1;

/**
 * Every migration ever shipped, oldest first. Append only; never edit a shipped
 * step. Keep `FIRST_VERSION + MIGRATIONS.length === FORMAT_VERSION`.
 */
export const MIGRATIONS: readonly Migration[] = [];

export interface MigrateResult {
  /** The document at the newest version, or undefined when it was refused. */
  raw: RawDocument | undefined;
  /** Names of the steps applied, in order. */
  applied: string[];
  diagnostics: Diagnostic[];
}

/** Upgrades a raw document to the newest version the list reaches; refuses newer or unversioned files. */
export function migrate(raw: RawDocument, migrations: readonly Migration[] = MIGRATIONS): MigrateResult {
  const latest = checkSequence(migrations);
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_VERSION) {
    const got = typeof version === 'number' ? String(version) : typeof version;
    return refuse(error(C.BadField, `the document's version must be a whole number from ${FIRST_VERSION}, got ${got}`, { fix: `set "version": ${latest} if the file was written by hand` }));
  }
  if (version > latest)
    return refuse(error(C.VersionTooNew, `made by a newer Flowboard (format ${version}); this app reads up to format ${latest}: update Flowboard`, { fix: 'install the latest Flowboard to open this file' }));
  let doc = raw;
  const applied: string[] = [];
  for (const step of migrations.slice(version - FIRST_VERSION)) {
    try {
      doc = { ...step.up(doc), version: step.from + 1 };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return refuse(error(C.BadField, `could not upgrade the document from format ${step.from} to ${step.from + 1} (step "${step.name}"): ${why}`, { fix: 'repair the file by hand or open it in the Flowboard version that wrote it' }));
    }
    applied.push(step.name);
  }
  return { raw: doc, applied, diagnostics: [] };
}

function refuse(d: Diagnostic): MigrateResult {
  return { raw: undefined, applied: [], diagnostics: [d] };
}

/** The version the list ends at; throws on a list that skips or repeats a version (a bug in the list). */
function checkSequence(migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.from !== FIRST_VERSION + i) throw new FlowboardError(`migration "${m.name}" reads format ${m.from} but is number ${i + 1} in the list; expected format ${FIRST_VERSION + i}`);
  });
  return FIRST_VERSION + migrations.length;
}

