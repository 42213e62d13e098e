/**
 * The lesson beside the graph (issue 12): a sample opens on its lesson,
 * formatted (headings, code, lists, emphasis), and its links act: a seed
 * link sets the seed and trains, a gradients link shows them, a run link
 * runs, an open link opens the next lesson.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT, TRAIN_TIMEOUT, waitForRunStatus } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Lesson panel', () => {
  it('shows xor-nn’s lesson formatted, and its links set the seed and train, and show the gradients', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=xor-nn&debug', { viewport: { width: 1440, height: 900 } });
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    const lesson = page.getByRole('article', { name: 'Lesson' });
    await expect(page.getByRole('tab', { name: 'Lesson' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(lesson.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('XOR with a neural network');
    await expect(lesson.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(expect.arrayContaining(['What to watch', 'Try next']));
    await expect(lesson.locator('pre code').first().textContent()).resolves.toContain('tf.sigmoid');
    await expect(lesson.locator('strong').first().textContent()).resolves.toBeTruthy();
    await expect(lesson.locator('li').count()).resolves.toBeGreaterThanOrEqual(3);
    await screenshot('lesson-xor-nn');

    const seedBefore = await page.getByRole('textbox', { name: 'Seed' }).inputValue();
    const seed = lesson.getByRole('link', { name: 'Train with seed 3' });
    await expect(seed.getAttribute('title')).resolves.toBe('Sets the seed to 3, then trains');
    await seed.click();
    await waitForRunStatus(page, 'training');
    await expect(page.getByRole('textbox', { name: 'Seed' }).inputValue()).resolves.toBe('3');
    await page.getByRole('button', { name: 'Pause' }).click();
    await waitForRunStatus(page, 'paused');
    await expect(page.evaluate('window.flowboardDebug.store.getState().run.runs.at(-1).label')).resolves.toBe('xor-nn #1 (seed 3)');
    // The link set the session's seed, an edit of the document like the Session panel's: undone and redone.
    await expect(page.evaluate('window.flowboardDebug.store.getState().document.session.seed')).resolves.toBe(3);
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('textbox', { name: 'Seed' }).inputValue()).resolves.toBe(seedBefore);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByRole('textbox', { name: 'Seed' }).inputValue()).resolves.toBe('3');

    await lesson.getByRole('link', { name: 'show the gradients and start over' }).click();
    await page.locator('.op-node--gradient').first().waitFor();
    await screenshot('lesson-links-acted');
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT);

  it('runs lesson 1 from its link, and opens the next lesson; the palette is one tab away', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=hello&debug');
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    const lesson = page.getByRole('article', { name: 'Lesson' });
    await lesson.getByRole('link', { name: 'run again' }).click();
    await expect.poll(() => nodeNamed(page, 'adder').getByTestId('run-badge').textContent()).toBe('= [3, 7]');
    await expect(page.getByRole('dialog', { name: /^Run/ }).getByRole('textbox', { name: /^a/ }).inputValue()).resolves.toBe('[1,3]');
    await screenshot('lesson-run-link');
    await page.getByRole('tab', { name: 'Ops' }).click();
    await page.getByRole('searchbox', { name: 'Search ops' }).waitFor();
    await page.getByRole('tab', { name: 'Lesson' }).click();
    await lesson.getByRole('link', { name: 'lesson 2, linear regression' }).click();
    await nodeNamed(page, 'x_train').waitFor();
    expect(new URL(page.url()).searchParams.get('sample')).toBe('linear-regression');
    await expect(lesson.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Linear regression: H(x) = Wx + b');
    expect(errors).toEqual([]);
  }, TRAIN_TIMEOUT);
});
