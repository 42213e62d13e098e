/**
 * The tensor-manipulation and activation lessons in the app (issue 16): the
 * tensor lesson's links run its nodes and each shows its value on the canvas
 * (the int32 mean truncated, Shape and Rank as int32); the activation lesson
 * opens with its six activations side by side and its link runs them on the
 * XOR inputs. Screenshots go to e2e/screenshots/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './browser.ts';
import { nodeNamed } from './canvas.ts';
import { BACKEND_TIMEOUT } from './trainPage.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const badge = (page: Parameters<typeof nodeNamed>[0], name: string) => nodeNamed(page, name).getByTestId('run-badge').textContent();

describe('lessons on tensors and activations', () => {
  it('runs the tensor lesson from its links, values on the nodes, then opens the activations side by side', async () => {
    const { page, errors, screenshot } = await openApp(browser, inject('baseUrl'), '?sample=tensor-manipulation', { viewport: { width: 1440, height: 900 } });
    await page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    const lesson = page.getByRole('article', { name: 'Lesson' });
    await expect(lesson.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Tensor manipulation');
    await lesson.getByRole('link', { name: 'Run Shape and Rank' }).click();
    await expect.poll(() => badge(page, 'shape_of_t')).toBe('= [2, 2, 3]');
    await expect(badge(page, 'rank_of_t')).resolves.toBe('= 3');
    await lesson.getByRole('link', { name: 'compare' }).click();
    await expect.poll(() => badge(page, 'ints/mean')).toBe('= 1');
    await expect(badge(page, 'floats/mean')).resolves.toBe('= 1.5');
    await lesson.getByRole('link', { name: 'run the reductions' }).click();
    await expect.poll(() => badge(page, 'axis/mean_0')).toBe('= [2, 3]');
    await screenshot('lesson-tensor-manipulation');
    expect(errors).toEqual([]);

    const act = await openApp(browser, inject('baseUrl'), '?sample=activations', { viewport: { width: 1440, height: 900 } });
    await act.page.locator('.statusbar__backend', { hasText: 'WASM' }).waitFor({ timeout: BACKEND_TIMEOUT });
    const actLesson = act.page.getByRole('article', { name: 'Lesson' });
    await expect(actLesson.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Activation functions');
    await actLesson.getByRole('link', { name: 'Run the six on the XOR inputs' }).click();
    // Each is [4,8], the four XOR rows by eight units, shown as its statistics; ReLU zeroes the negatives of z, so its least is 0.
    await expect.poll(() => badge(act.page, 'relu')).toMatch(/^\[4,8\] μ .*\(min 0,/);
    for (const name of ['z', 'sigmoid', 'tanh', 'leaky_relu', 'elu', 'maxout']) await expect(badge(act.page, name)).resolves.toMatch(/^\[4,8\] μ /);
    await expect(badge(act.page, 'z')).resolves.not.toMatch(/\(min 0,/);
    await act.screenshot('lesson-activations');
    // Its saved sweep shows in the Session tab, ready to run: the axis that rewires layer2's input.
    await act.page.getByRole('button', { name: 'Close Run' }).click();
    await act.page.getByRole('tab', { name: 'Session' }).click();
    await expect(act.page.getByRole('combobox', { name: 'Sweep axis 1' }).inputValue()).resolves.toBe('layer2.a');
    await act.page.getByRole('button', { name: 'Run sweep' }).scrollIntoViewIfNeeded();
    await act.screenshot('lesson-activations-sweep');
    expect(act.errors).toEqual([]);
  }, 120_000);
});
