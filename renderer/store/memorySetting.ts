/**
 * The app's memory budget (core/graph/memory.ts): how much a run's tensors
 * may take. The default comes from the browser's navigator.deviceMemory (its
 * memory in GB, rounded down by the browser), or a safe 1 GB where the
 * browser does not say; the user's choice is kept in localStorage.
 */
import { machineMemoryBudget, SAFE_MEMORY_BUDGET } from '../../core/graph/memory.ts';

const KEY = 'flowboard.memoryBudget';

/** What the page can see of the browser: both may be missing (a Node test, a browser that does not tell). */
export interface MemoryEnvironment {
  deviceMemoryGB?: number;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The sizes the setting offers, smallest first, with the machine's default among them. */
export function memoryChoices(current: number, env: MemoryEnvironment = browserEnvironment()): number[] {
  return [...new Set([250e6, 500e6, 1e9, 2e9, 4e9, 8e9, 16e9, 32e9, defaultMemoryBudget(env), current])].sort((a, b) => a - b);
}

/** Half the memory the browser reports (at most 2 GB), or 1 GB when it reports none. */
export function defaultMemoryBudget(env: MemoryEnvironment = browserEnvironment()): number {
  const gb = env.deviceMemoryGB;
  return typeof gb === 'number' && gb > 0 ? machineMemoryBudget(gb * 2 ** 30) : SAFE_MEMORY_BUDGET;
}

/** The saved choice, else the default. */
export function loadMemoryBudget(env: MemoryEnvironment = browserEnvironment()): number {
  let saved: number | undefined;
  try {
    saved = Number(env.storage?.getItem(KEY) ?? Number.NaN);
  } catch {
    // Storage disabled: reading it throws; the default applies.
  }
  return saved !== undefined && Number.isFinite(saved) && saved >= 1e6 ? saved : defaultMemoryBudget(env);
}

/** Keeps the choice for the next start; a browser without storage simply forgets it. */
export function saveMemoryBudget(bytes: number, env: MemoryEnvironment = browserEnvironment()): void {
  try {
    env.storage?.setItem(KEY, String(bytes));
  } catch {
    // Storage full or disabled: the choice lasts until the page closes.
  }
}

function browserEnvironment(): MemoryEnvironment {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { deviceMemory?: number });
  let storage: Storage | undefined;
  try {
    storage = typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    storage = undefined;
  }
  return { deviceMemoryGB: nav?.deviceMemory, storage };
}
