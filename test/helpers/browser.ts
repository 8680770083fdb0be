/**
 * Headless Chromium for the console's browser tests: the system's Chromium (ensureChromium installs
 * it with apt when missing and permitted), driven by playwright-core. Every launch gets a fresh
 * profile (playwright creates a new temporary user-data-dir per launch and removes it on close);
 * each signed-in user gets its own BrowserContext (its own cookie jar).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureChromium } from '../../src/lib/local-services.js';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = new URL('../browser/screenshots/', import.meta.url).pathname;

export async function launchBrowser(): Promise<Browser> {
  const executablePath = ensureChromium((l) => console.log(`[chromium] ${l}`));
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Dialogs (alert/confirm/prompt) that fired: a hostile script that ran would show here. */
  dialogs: string[];
  /** Console errors and CSP violations reported by the page. */
  errors: string[];
}

/** A new context + page that records dialogs and console errors. */
export async function openPage(browser: Browser, opts: { width?: number; height?: number } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, javaScriptEnabled: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, dialogs, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
