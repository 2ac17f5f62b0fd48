// Two builds compared in one run: cold loads of each, alternating (A B, then B A, …) so that a
// machine slowing down or speeding up weighs on both alike, with a blank page's load after each
// for scale. Reports medians and each bundle's gzip -9 size; asserts nothing.
// Usage: node bench/compare.mjs <URL of build A> <dist dir A> <URL of build B> <dist dir B> [loads]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const [urlA, distA, urlB, distB, loads = '30'] = process.argv.slice(2);
const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// What every host downloads, as bench.mjs counts it.
function bundleBytes(dist) {
  const snippets = readdirSync(join(dist, 'snippets'), { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('snippets', f));
  const files = ['auth0-connection-panel-wasm_bg.wasm', 'auth0-connection-panel-wasm.js', 'auth0-connection-panel.js', 'auth0-connection-panel.css', ...snippets];
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
}

const watchFirstField = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('input, select, textarea')) {
      window.benchFirstFieldAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function coldLoad(browser, base) {
  let context = await browser.newContext();
  await context.addInitScript(watchFirstField);
  let page = await context.newPage();
  await page.goto(`${base}/bench-picker.html?scopes=10`);
  await page.waitForFunction(() => window.benchReady === true);
  const load = await page.evaluate(() => ({ script: window.benchScriptAt, field: window.benchFirstFieldAt, ready: window.benchReadyAt }));
  await context.close();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(`${base}/bench-blank.html`);
  await page.waitForFunction(() => document.readyState === 'complete');
  load.blank = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await context.close();
  return load;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const builds = { A: { url: urlA, runs: [] }, B: { url: urlB, runs: [] } };
for (let i = 0; i < Number(loads); i++) {
  for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) builds[name].runs.push(await coldLoad(browser, builds[name].url));
}
await browser.close();

console.log(`\n${loads} cold loads of each build, alternating; medians, ms after navigation start:\n`);
console.log('| build | bundle (gzip -9 B) | page script runs | first field | `ready` | blank page |\n|---|---|---|---|---|---|');
for (const [name, dist] of [['A', distA], ['B', distB]]) {
  const of = (key) => median(builds[name].runs.map((r) => r[key])).toFixed(1);
  console.log(`| ${name} | ${bundleBytes(dist)} | ${of('script')} | ${of('field')} | ${of('ready')} | ${of('blank')} |`);
}
