/**
 * The Python importer on programs of growing size (bench/lib/pythonProgram):
 * time per line from 1,000 to 32,000 lines should stay flat, within 2x of
 * the 1,000-line time. Each size is timed in the same process, after a
 * warm-up, and as this process's CPU time (user + system) as well as wall
 * time, so other programs on a shared machine count for less.
 */
import { importPython } from '../core/codegen/python/importPython.ts';
import { defineBench } from './lib/bench.ts';
import { pythonProgram } from './lib/pythonProgram.ts';
import { median, sink, time } from './lib/timing.ts';

const SIZES = [1000, 2000, 4000, 8000, 16000, 32000];
/** The bound: time per line may grow at most this much over the range. */
const FLAT_WITHIN = 2;

/** Milliseconds of this process's CPU for each of `runs` calls. */
function cpuTimes(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    void sink;
    fn();
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

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
      const runs = Math.max(3, Math.round(16000 / lines));
      const wall = time(() => importPython(source), { runs, warmup: 1 });
      const cpu = cpuTimes(() => importPython(source), runs);
      const perLine = (median(cpu) * 1000) / count;
      baseline ??= perLine;
      const ratio = perLine / baseline;
      rows.push({
        name: `import ${count} lines (CPU time)`,
        timing: { median: median(cpu), min: Math.min(...cpu), max: Math.max(...cpu), runs },
        note: `${perLine.toFixed(1)} us/line CPU, ${((wall.median * 1000) / count).toFixed(1)} us/line wall; ${ratio.toFixed(2)}x the 1,000-line rate (${ratio <= FLAT_WITHIN ? 'flat' : 'NOT flat'} within ${FLAT_WITHIN}x)`,
      });
    }
    return rows;
  },
});
