import { launch } from './common.mjs';
const [base, n = '10000'] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${base}/bench-picker.html?scopes=${n}`);
await page.waitForFunction(() => window.benchReady === true);
await page.getByRole('button', { name: 'Scope', exact: true }).waitFor();
await page.waitForTimeout(200);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const timed = (src) => page.evaluate(async (src) => {
  const f = new Function(src);
  const start = performance.now();
  f();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - start;
}, src);
await timed("[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Scope').click()");
await page.waitForTimeout(300);
const selfTime = new Map();
const times = [];
await cdp.send('Profiler.start');
for (let i = 0; i < 10; i++) {
  times.push(await timed("document.querySelector('dialog[open] button[aria-label=\"Add all scopes\"]').click()"));
  times.push(await timed("document.querySelector('dialog[open] button[aria-label=\"Remove all scopes\"]').click()"));
}
const { profile } = await cdp.send('Profiler.stop');
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
profile.samples.forEach((id, i) => {
  const { functionName, url } = nodes.get(id).callFrame;
  const name = functionName || `(anonymous, ${url.split('/').pop() || 'native'})`;
  selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / 20);
});
console.log(times.map((t) => t.toFixed(0)).join(' '));
await browser.close();
const readable = (name) => name.replace(/\[[0-9a-f]+\]/g, '').slice(0, 170);
for (const [name, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(2).padStart(6), readable(name));
