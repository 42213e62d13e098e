/** Plain-text table of benchmark rows, aligned for a terminal. */
import type { BenchRow } from './bench.ts';

/** One line per row: bench, case, median, min, max, runs, target verdict, note. */
export function formatTable(rows: readonly { bench: string; row: BenchRow }[]): string {
  const header = ['bench', 'case', 'median ms', 'min ms', 'max ms', 'runs', 'target', 'note'];
  const body = rows.map(({ bench, row }) => [
    bench,
    row.name,
    ms(row.timing.median),
    ms(row.timing.min),
    ms(row.timing.max),
    row.timing.runs === 0 ? '' : String(row.timing.runs),
    row.target === undefined ? '' : `${row.timing.median <= row.target ? 'ok' : 'SLOW'} (< ${row.target})`,
    row.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function ms(x: number): string {
  if (Number.isNaN(x)) return '';
  return x < 10 ? x.toFixed(3) : x.toFixed(1);
}
