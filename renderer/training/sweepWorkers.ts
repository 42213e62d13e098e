/**
 * How many sweep runs train at once: one single-threaded worker each, at
 * most one per core but one (the page keeps a core), and one after another
 * on a machine of one or two cores, where a worker's own threads do better.
 * `?sweepWorkers=N` in the URL overrides it (for measuring).
 */

/** The most workers, whatever the cores: each holds its own copy of the data. */
export const MAX_SWEEP_WORKERS = 8;

/** Workers for a machine of `cores` logical cores (navigator.hardwareConcurrency), or as the URL's `sweepWorkers` says. */
export function sweepWorkers(cores: number | undefined, search = ''): number {
  const asked = Number(new URLSearchParams(search).get('sweepWorkers') ?? Number.NaN);
  if (Number.isSafeInteger(asked) && asked >= 1) return Math.min(asked, MAX_SWEEP_WORKERS);
  const n = cores !== undefined && Number.isFinite(cores) ? Math.floor(cores) : 1;
  return n <= 2 ? 1 : Math.min(n - 1, MAX_SWEEP_WORKERS);
}
