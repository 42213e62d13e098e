/**
 * The memory budget of a command (core/graph/memory.ts): `--memory-budget
 * SIZE`, else half of this machine's memory, at most 2 GB. Graphs whose
 * tensors cannot fit are refused by validate, run and train before anything runs.
 */
import { totalmem } from 'node:os';
import { machineMemoryBudget } from '../core/graph/memory.ts';
import type { OptionSpec } from './args.ts';
import { UsageError } from './cliError.ts';

export const MEMORY_BUDGET_OPTION = {
  type: 'string',
  value: 'SIZE',
  description: "Most memory a run's tensors may take, e.g. 4GB or 512MB (default: half this machine's memory, at most 2 GB).",
} as const satisfies OptionSpec;

const UNITS: Record<string, number> = { '': 1, b: 1, byte: 1, bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

/** The budget in bytes: the flag's size, or the machine's default. Throws UsageError for a size it cannot read. */
export function memoryBudgetOf(flag: string | undefined): number {
  if (flag === undefined) return machineMemoryBudget(totalmem());
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(flag.trim());
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  const bytes = m && unit !== undefined ? Number(m[1]) * unit : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 1) throw new UsageError(`--memory-budget must be a size such as 4GB or 512MB, got "${flag}"`);
  return bytes;
}
