/** What a bench ran on, for the top of its table: the CPU, its cores, and how busy the machine was. */
import { cpus, loadavg } from 'node:os';
import { CHROMIUM } from '../../e2e/browser.ts';
import { execFileSync } from 'node:child_process';

/** "AMD EPYC, 2 cores; Node 20.20.2, Chromium 156.0.8078.129". */
export function machineDescription(): string {
  const cpu = cpus();
  const chromium = (() => {
    try {
      return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^Chromium\s+/, 'Chromium ').split(' built')[0];
    } catch {
      return 'no Chromium';
    }
  })();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores; Node ${process.versions.node}, ${chromium}`;
}

/** The 1-minute load average, the number of runnable processes the cores shared. */
export function loadNow(): number {
  return loadavg()[0];
}
