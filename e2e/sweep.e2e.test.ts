/**
 * The journey of issue 17, part 1: on xor-nn, define a sweep of the
 * optimizer (GradientDescent vs Adam) over 3 seeds in the Session panel, run
 * it (progress, then the end), see two bands and the results table in
 * Scalars; save, reload, reopen the file and see them again.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, SCREENSHOTS } from './browser.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, openTab } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Save and Open pickers over the origin-private file system, so a saved file survives the reload. */
function opfsPickers() {
  const dir = () => navigator.storage.getDirectory();
  Object.assign(window, {
    showSaveFilePicker: async (options: { suggestedName: string }) => (await dir()).getFileHandle(options.suggestedName, { create: true }),
    showOpenFilePicker: async () => [await (await dir()).getFileHandle('xor-nn.flow.json')],
  });
}

const sweepState = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { flowboardDebug: { store: { getState(): { sweepProgress: { status: string; done: number }; document: { sweepResults?: { runs: unknown[] } } } } } }).flowboardDebug.store.getState();
    return { status: s.sweepProgress.status, done: s.sweepProgress.done, saved: s.document.sweepResults?.runs.length ?? 0 };
  });

/** The sweep section of Scalars shows two settings' bands and a two-row table. */
async function expectBandsAndTable(page: Page): Promise<void> {
  const cost = page.getByRole('figure', { name: 'Sweep cost' });
  await cost.locator('g.band').nth(1).waitFor();
  expect(await cost.locator('g.band').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-setting')))).toEqual(['train.optimizer=GradientDescent', 'train.optimizer=Adam']);
  // Each band is a filled area with a real extent, under a mean line.
  for (const d of await cost.locator('.band__area').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(d.length).toBeGreaterThan(100);
  const rows = page.getByRole('table', { name: 'Sweep results' }).locator('tbody tr');
  await expect(rows.count()).resolves.toBe(2);
  const adam = await rows.nth(1).locator('td').allTextContents();
  // Cost comes first, as the session logs it. n 3 (none stopped: no stopped column); Adam's final cost is under GradientDescent's mean on every seed.
  await expect(page.getByRole('table', { name: 'Sweep results' }).locator('thead th.sweep-table__metric').allTextContents()).resolves.toEqual(['cost', 'accuracy']);
  expect(adam.length).toBe(9);
  expect(adam[8]).toBe('3');
  const gdMean = Number((await rows.nth(0).locator('td').first().textContent()) ?? NaN);
  const adamMax = Number(adam[3]);
  expect(adamMax).toBeLessThan(gdMean);
}

describe('a sweep in the app', () => {
  it('defines, runs and shows a sweep over optimizers and seeds, and keeps it through save and reload', { timeout: BACKEND_TIMEOUT + 2 * TRAIN_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1300 } });
    await context.addInitScript(opfsPickers);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    const shot = (name: string) => page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
    await page.goto(`${inject('baseUrl')}?sample=xor-nn&debug`);
    await page.locator('.react-flow__node').first().waitFor();

    await page.getByRole('tab', { name: 'Session' }).click();
    const session = page.getByLabel('Session', { exact: true });
    for (const [field, value] of [
      ['Session steps', '300'],
      ['Session log every', '10'],
    ]) {
      const input = session.getByRole('textbox', { name: field });
      await input.fill(value);
      await input.press('Enter');
    }
    await session.getByRole('button', { name: 'Define a sweep' }).click();
    // The first guess: the train node's optimizer, GradientDescent and Adam, 3 seeds.
    await expect(session.getByRole('combobox', { name: 'Sweep axis 1' }).inputValue()).resolves.toBe('train.optimizer');
    const values = session.getByRole('group', { name: 'Sweep axis 1 values' });
    await expect(values.getByRole('checkbox', { name: 'Adam' }).isChecked()).resolves.toBe(true);
    await expect(session.getByTestId('sweep-size').textContent()).resolves.toBe('2 settings × 3 seeds = 6 runs of 300 steps');
    // Undo takes the definition back; redo restores it.
    await page.keyboard.press('Control+z');
    await session.getByRole('button', { name: 'Define a sweep' }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await session.getByRole('button', { name: 'Run sweep' }).click();
    await page.getByRole('status', { name: 'Sweep progress' }).first().waitFor({ timeout: BACKEND_TIMEOUT });
    await page.waitForFunction(() => (window as unknown as { flowboardDebug: { store: { getState(): { sweepProgress: { done: number } } } } }).flowboardDebug.store.getState().sweepProgress.done >= 2, undefined, { timeout: BACKEND_TIMEOUT, polling: 100 });
    await openTab(page, 'Scalars');
    await shot('sweep-running');
    await expect.poll(() => sweepState(page), { timeout: TRAIN_TIMEOUT, interval: 200 }).toEqual({ status: 'idle', done: 0, saved: 6 });

    await expectBandsAndTable(page);
    // Hovering the chart near a setting's mean draws its three runs.
    const cost = page.getByRole('figure', { name: 'Sweep cost' });
    await cost.scrollIntoViewIfNeeded();
    const box = (await cost.locator('.chart__overlay').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.85);
    await expect.poll(() => page.locator('.band__run').count()).toBe(3);
    await shot('sweep-scalars');
    await cost.screenshot({ path: new URL('sweep-bands.png', SCREENSHOTS).pathname });
    await page.mouse.move(0, 0);
    // The band can be mean ± 1 std instead of min to max.
    await page.getByRole('combobox', { name: 'Band' }).selectOption('std');
    await cost.getByText('band ± 1 std').waitFor();
    await cost.screenshot({ path: new URL('sweep-bands-std.png', SCREENSHOTS).pathname });
    for (const [name, target] of [
      ['sweep-table', page.locator('.sweep-table__wrap')],
      ['sweep-strip', page.getByRole('figure', { name: 'Final cost per setting' })],
    ] as const) {
      await target.scrollIntoViewIfNeeded();
      await target.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
    }

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.doc-title__file').textContent()).toBe('xor-nn.flow.json');
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'xor-nn.flow.json', exact: true }).click();
    await expect.poll(() => page.locator('.doc-title__file').textContent()).toBe('xor-nn.flow.json');
    await openTab(page, 'Scalars');
    await expectBandsAndTable(page);
    await shot('sweep-reloaded');
    expect(errors).toEqual([]);
  });
});
