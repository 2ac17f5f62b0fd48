// What the benchmark's runners share: the browser, the bundle's files, medians and cold loads.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

/** Debian's Chromium, headless, with nothing in the background. */
export const launch = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A file's size under GNU `gzip -9` (what the README's tables count; Node's zlib at level 9 reads
 * about 0.5% more). */
export const gzipSize = (path) => execFileSync('gzip', ['-9', '-c', path]).length;

/** What every host downloads: the module, its glue, the wrapper, the stylesheet and the glue's
 * snippets (the crash handler, the locale loader, the task scheduler) where the build keeps them apart, as paths inside `dist`. */
export function bundleFiles(dist) {
  const dir = join(dist, 'snippets');
  // A release build has bundled them into the glue.
  const snippets = (existsSync(dir) ? readdirSync(dir, { recursive: true }) : [])
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('snippets', f));
  return ['auth0-connection-panel-wasm_bg.wasm', 'auth0-connection-panel-wasm.js', 'auth0-connection-panel.js', 'auth0-connection-panel.css', ...snippets];
}

// Records, on the page's clock, when the first form control enters the DOM.
const watchFirstField = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('input, select, textarea')) {
      window.benchFirstFieldAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Navigates `page` to a benchmark page and waits for the page's own `bench:done` console line,
 * never evaluating anything in the page before it: Playwright's polling (`waitForFunction`) injects
 * and runs its script on the page's main thread, which measured 14 ms of a cold start's `ready`. */
export async function untilDone(page, url) {
  const done = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench:done', timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await done;
}

/** A cold load: a fresh context (no cache, no storage) for a benchmark page, until it is done. */
export async function cold(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(watchFirstField);
  const page = await context.newPage();
  await untilDone(page, url);
  return { context, page };
}

/** A blank page's load (navigation start → load event), for scale. */
export async function blankLoad(browser, base) {
  // Without script, so it ends with its load event: goto waits for it, and nothing runs in it before.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/bench-blank.html`);
  await page.waitForFunction(() => document.readyState === 'complete');
  const ms = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await context.close();
  return ms;
}
