/**
 * The Python importer on programs of growing size (bench/lib/pythonProgram):
 * time per line from 1,000 to 32,000 lines should stay flat, within 2x of
 * the 1,000-line time. Each size is timed against the same number of lines
 * imported as 1,000-line programs, the two interleaved (AB, BA ...), so
 * the ratio is per line and other programs on a shared machine slow both
 * alike. This is the guard of issue 19's linearity bound: a row that says
 * NOT flat is a regression.
 */
import { importPython } from '../core/codegen/python/importPython.ts';
import { defineBench } from './lib/bench.ts';
import { pythonProgram } from './lib/pythonProgram.ts';
import { compare, time } from './lib/timing.ts';

const SIZES = [2000, 4000, 8000, 16000, 32000];
const BASE = 1000;
/** The bound: time per line may grow at most this much over the range. */
const FLAT_WITHIN = 2;

const linesOf = (source: string) => source.split('\n').length - 1;

export default defineBench({
  name: 'importScale',
  run() {
    const base = pythonProgram(BASE);
    // Compiled code first: otherwise the first size pays for the JIT and looks slow.
    time(() => importPython(pythonProgram(4000)), { runs: 3, warmup: 2 });
    const rows = [];
    for (const lines of SIZES) {
      const source = pythonProgram(lines);
      const count = linesOf(source);
      const copies = Math.round(count / linesOf(base));
      const runs = Math.max(3, Math.round(32000 / lines));
      const r = compare(
        () => importPython(source),
        () => {
          for (let i = 0; i < copies; i++) importPython(base);
        },
        { runs, warmup: 1 },
      );
      // Same lines on both sides, within a few: the ratio of the times is the ratio per line.
      const ratio = (r.a.median / count) / (r.b.median / (copies * linesOf(base)));
      rows.push({
        name: `import ${count} lines vs ${copies} x ${linesOf(base)}`,
        timing: r.a,
        note: `${((r.a.median * 1000) / count).toFixed(1)} us/line vs ${((r.b.median * 1000) / (copies * linesOf(base))).toFixed(1)} at ${linesOf(base)} lines: ${ratio.toFixed(2)}x (${ratio <= FLAT_WITHIN ? 'flat' : 'NOT flat'} within ${FLAT_WITHIN}x)`,
      });
    }
    return rows;
  },
});
