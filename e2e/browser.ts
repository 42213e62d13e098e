/** Debian's Chromium driven by playwright-core, headless, with a fresh profile per launch. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const FLAGS = ['--disable-gpu', ...QUIET];

/** Where specs save screenshots (gitignored). */
export const SCREENSHOTS = new URL('./screenshots/', import.meta.url);

/**
 * Launches Chromium; playwright-core gives each launch its own temporary
 * user-data-dir. `gpuFlags` replaces --disable-gpu (bench/gpu runs on a real GPU).
 */
export async function launchChromium(gpuFlags?: readonly string[]): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`e2e: no Chromium at ${CHROMIUM}; install it with: apt-get update && apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: gpuFlags ? [...gpuFlags, ...QUIET] : FLAGS });
}

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  screenshot(name: string): Promise<void>;
}

/** Opens the app in a new context and waits for the canvas to show nodes. */
export async function openApp(browser: Browser, baseUrl: string, query = '', options: BrowserContextOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl + query);
  await page.locator('.react-flow__node').first().waitFor();
  return {
    page,
    errors,
    async screenshot(name) {
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname });
    },
  };
}
