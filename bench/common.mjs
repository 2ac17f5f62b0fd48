// What the benchmark's runners share: the browser, the bundle's files, medians and cold loads.
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

/** A cold load: a fresh context (no cache, no storage) for the page, until `until` holds. */
export async function cold(browser, url, until) {
  const context = await browser.newContext();
  await context.addInitScript(watchFirstField);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(until);
  return { context, page };
}

/** A blank page's load (navigation start → load event), for scale. */
export async function blankLoad(browser, base) {
  const { context, page } = await cold(browser, `${base}/bench-blank.html`, () => document.readyState === 'complete');
  const ms = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await context.close();
  return ms;
}
