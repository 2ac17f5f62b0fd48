// Two builds compared in one run: cold loads of each, alternating (A B, then B A, …) so that a
// machine slowing down or speeding up weighs on both alike, with a blank page's load after each
// for scale. Reports medians and each bundle's gzip -9 size; asserts nothing.
// Usage: node bench/compare.mjs <URL of build A> <dist dir A> <URL of build B> <dist dir B> [loads]
import { join } from 'node:path';
import { blankLoad, bundleFiles, cold, gzipSize, launch, median } from './common.mjs';

const [urlA, distA, urlB, distB, loads = '30'] = process.argv.slice(2);

const bundleBytes = (dist) =>
  bundleFiles(dist).reduce((sum, f) => sum + gzipSize(join(dist, f)), 0);

// The panel mounted directly, then a blank page for scale.
async function coldLoad(browser, base) {
  const { context, page } = await cold(browser, `${base}/bench-picker.html?scopes=10`);
  const load = await page.evaluate(() => ({ script: window.benchScriptAt, field: window.benchFirstFieldAt, ready: window.benchReadyAt }));
  await context.close();
  load.blank = await blankLoad(browser, base);
  return load;
}

const browser = await launch();
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
