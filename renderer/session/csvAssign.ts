/**
 * Which columns of a picked CSV file feed which Placeholder: by default the
 * last column the labels and the others the inputs, one-hot when the labels
 * Placeholder is wider than one value and the column has that many classes.
 */
import { csvClasses, firstNonNumber } from '../../core/data/csvBinding.ts';
import type { CsvTable } from '../../core/data/csv.ts';
import type { CsvBinding } from '../../core/graph/document.ts';
import type { PlaceholderInfo } from './placeholders.ts';

/** The columns bound to one Placeholder; `oneHot` lists the classes of its single label column. */
export interface ColumnChoice {
  columns: string[];
  oneHot?: string[];
}

/** Placeholder id -> its columns; a Placeholder left out is not bound. */
export type Assignment = Record<string, ColumnChoice>;

/**
 * The default assignment for the roles guessed: all but the last column to
 * the inputs and the last to the labels; a lone Placeholder takes every
 * column. A column of words is left for the check to name its line.
 */
export function defaultAssignment(table: CsvTable, roles: { inputs?: string; labels?: string }, placeholders: PlaceholderInfo[], name: string): Assignment {
  const out: Assignment = {};
  const labels = placeholders.find((p) => p.id === roles.labels);
  if (roles.inputs === undefined || labels === undefined || table.header.length < 2) {
    const only = roles.inputs ?? roles.labels;
    if (only !== undefined) out[only] = { columns: [...table.header] };
    return out;
  }
  const last = table.header[table.header.length - 1];
  out[roles.inputs] = { columns: table.header.slice(0, -1) };
  out[labels.id] = labelChoice(table, last, labels, name);
  return out;
}

/** The label column as it fits the labels Placeholder: one-hot when it is wider than one value or the labels are words. */
export function labelChoice(table: CsvTable, column: string, labels: PlaceholderInfo | undefined, name: string): ColumnChoice {
  const words = firstNonNumber(table, column) !== undefined;
  if (!words && (labels?.width ?? 1) <= 1) return { columns: [column] };
  try {
    return { columns: [column], oneHot: csvClasses(table, column, name) };
  } catch {
    return { columns: [column] };
  }
}

/** The csv bindings of an assignment, reading the file `path`. */
export function assignmentBindings(assignment: Assignment, path: string): Record<string, CsvBinding> {
  return Object.fromEntries(
    Object.entries(assignment)
      .filter(([, c]) => c.columns.length > 0)
      .map(([id, c]) => [id, { kind: 'csv', path, columns: [...c.columns], ...(c.oneHot ? { oneHot: [...c.oneHot] } : {}) } satisfies CsvBinding]),
  );
}

/** A name for the picked file that does not replace a kept file other bindings still read. */
export function keptFileName(name: string, files: Readonly<Record<string, string>> | undefined, text: string, rebound: (path: string) => boolean): string {
  let candidate = name;
  for (let i = 2; files && Object.hasOwn(files, candidate) && files[candidate] !== text && !rebound(candidate); i++) candidate = name.replace(/(\.[^.]*)?$/, ` (${i})$1`);
  return candidate;
}
