/**
 * The Python importer on programs of growing size (bench/lib/pythonProgram):
 * time per line from 1,000 to 32,000 lines should stay flat, within 2x of
 * the 1,000-line time. Each size is timed in the same process, after a
 * warm-up run, so the ratio cancels the machine's speed.
 */
import { importPython } from '../core/codegen/python/importPython.ts';
import { defineBench } from './lib/bench.ts';
import { pythonProgram } from './lib/pythonProgram.ts';
import { time } from './lib/timing.ts';

const SIZES = [1000, 2000, 4000, 8000, 16000, 32000];
/** The bound: time per line may grow at most this much over the range. */
const FLAT_WITHIN = 2;

export default defineBench({
  name: 'importScale',
  run() {
    const rows = [];
    let baseline: number | undefined;
    // Compiled code first: otherwise the first size pays for the JIT and looks slow.
    time(() => importPython(pythonProgram(4000)), { runs: 3, warmup: 2 });
    for (const lines of SIZES) {
      const source = pythonProgram(lines);
      const count = source.split('\n').length - 1;
      const timing = time(() => importPython(source), { runs: Math.max(3, Math.round(16000 / lines)), warmup: 1 });
      const perLine = (timing.median * 1000) / count;
      baseline ??= perLine;
      const ratio = perLine / baseline;
      rows.push({ name: `import ${count} lines`, timing, note: `${perLine.toFixed(1)} us/line, ${ratio.toFixed(2)}x the 1,000-line rate (${ratio <= FLAT_WITHIN ? 'flat' : 'NOT flat'} within ${FLAT_WITHIN}x)` });
    }
    return rows;
  },
});
