/** Driving training in specs: reading the run slice through `?debug`, waiting for a status. */
import type { Page } from 'playwright-core';

/** How long the worker may take to start its backend, and a spec to train: generous, as the CI machine's two cores are shared. */
export const BACKEND_TIMEOUT = 90_000;
export const TRAIN_TIMEOUT = 150_000;

/** Waits until the run's status is `status`. */
export async function waitForRunStatus(page: Page, status: string, timeout = TRAIN_TIMEOUT): Promise<void> {
  await page.waitForFunction(`window.flowboardDebug.store.getState().run.status === '${status}'`, undefined, { timeout, polling: 100 });
}

/** The current run's logged values of one tag. */
export function loggedValues(page: Page, tag: string): Promise<number[]> {
  return page.evaluate(`(() => {
    const run = window.flowboardDebug.store.getState().run;
    const current = run.runs.find((r) => r.id === run.currentRun);
    return (current?.scalars[${JSON.stringify(tag)}] ?? []).map((p) => p.value);
  })()`) as Promise<number[]>;
}

/** Opens a dock tab. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}
