// The benchmark: bundle sizes, time to the first field and to `ready` on cold loads (a fresh
// browser context each time, nothing cached) beside a blank page's load, and the scope picker at
// 250, 2,000 and 10,000 scopes, each interaction timed to the next painted frame. Reports figures;
// asserts nothing.
// Usage: node bench/bench.mjs <served dist URL> <dist dir>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { blankLoad as oneBlankLoad, bundleFiles, cold, gzipSize, launch, median, untilDone } from './common.mjs';

const [base, dist] = process.argv.slice(2);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function sizes() {
  const files = bundleFiles(dist);
  let gz = 0, br = 0;
  console.log('\n| file | raw | gzip -9 | brotli |\n|---|---|---|---|');
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    const g = gzipSize(join(dist, f));
    const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    gz += g; br += b;
    console.log(`| ${f} | ${kb(bytes.length)} | ${kb(g)} | ${kb(b)} |`);
  }
  console.log(`| **total** | | **${kb(gz)}** (${gz} B) | **${kb(br)}** |`);
}

// Runs `action` in the page, marked `start:<name>` and `end:<name>` for the trace, then waits for
// the next frame to be painted; returns milliseconds.
const timed = (page, name, action) =>
  page.evaluate(
    async ([name, source]) => {
      const act = new Function(`return (${source})()`);
      // Away from the last frame's work, so each interaction starts on a quiet main thread.
      await new Promise((resolve) => setTimeout(resolve, 30));
      performance.mark(`start:${name}`);
      const start = performance.now();
      act();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.mark(`end:${name}`);
      return performance.now() - start;
    },
    [name, action.toString()],
  );

// The main thread's work for each marked interaction, from its start to the end of the first frame
// painted after it (the frame that shows its result): the time the main thread was busy, without
// the wait for that frame. Work that fits in 16 ms makes the next frame.
function busyTimes(trace, names) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const marks = new Map(events.filter((e) => e.name.startsWith('start:')).map((e) => [e.name.slice(6), e.ts]));
  const work = events.filter((e) => e.ph === 'X' && e.dur && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const busy = {};
  for (const name of names) {
    const from = marks.get(name);
    const paint = work.find((e) => e.ts >= from && e.name === 'Paint');
    if (from === undefined || !paint) throw new Error(`bench: no start mark or no frame painted after it for ${name}`);
    const until = paint.ts + paint.dur;
    // Nested events overlap their parents: count each instant once.
    let total = 0, covered = from;
    for (const e of work) {
      const a = Math.max(e.ts, covered), b = Math.min(e.ts + e.dur, until);
      if (b > a) { total += b - a; covered = b; }
    }
    busy[name] = total / 1000;
  }
  return busy;
}

// A blank page's load, median of 20, for scale.
async function blankLoad(browser) {
  const times = [];
  for (let i = 0; i < 20; i++) times.push(await oneBlankLoad(browser, base));
  return median(times);
}

// Navigation start → the first field in the DOM and → `ready`, split into: until the page's script
// runs (HTML, JS modules), until the WebAssembly has arrived (Resource Timing), and from there
// compiling, instantiating and mounting the panel until it posts `ready`.
async function timeToReady(browser) {
  const runs = [];
  for (let i = 0; i < 20; i++) {
    const { context, page } = await cold(browser, `${base}/bench-picker.html?scopes=10`);
    runs.push(await page.evaluate(() => {
      const arrived = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).responseEnd;
      return {
        script: window.benchScriptAt,
        wasm: arrived - window.benchScriptAt,
        mount: window.benchReadyAt - arrived,
        ready: window.benchReadyAt,
        field: window.benchFirstFieldAt,
      };
    }));
    await context.close();
  }
  const of = (key) => median(runs.map((r) => r[key]));
  return { ready: of('ready'), field: of('field'), script: of('script'), wasm: of('wasm'), mount: of('mount') };
}

// The shipped page as a host frames it: frame navigation start → `ready`, median of 20.
async function framedReady(browser) {
  const times = [];
  for (let i = 0; i < 20; i++) {
    const { context, page } = await cold(browser, `${base}/bench-frame.html`);
    times.push(await page.evaluate(() => window.benchReadyAt));
    await context.close();
  }
  return median(times);
}

// One load under a Chromium performance trace: main-thread time by trace event, largest first.
async function traceReady(browser) {
  const page = await browser.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing'] });
  await untilDone(page, `${base}/bench-picker.html?scopes=10`);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await page.close();
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !mains.has(`${e.pid}:${e.tid}`)) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 10);
}

// One page's figures at `n` scopes: each interaction's time to the next painted frame (wall) and
// its main-thread work (busy, from a trace of the page), and the wall time of a change that does no
// work but needs a frame: the wait for the next frame alone, the floor of every wall figure.
async function picker(browser, n) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench-picker.html?scopes=${n}`);
  await page.waitForFunction(() => window.benchReady === true);
  await page.getByRole('button', { name: 'Scope', exact: true }).waitFor();
  await page.waitForTimeout(100);
  // `toplevel`: every task the main thread ran (garbage collection and microtasks included).
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
  const wall = {};
  wall.open = await timed(page, 'open', () => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Scope').click());
  await page.waitForTimeout(100);
  // The floor: a change that needs a new frame and no work (an attribute nothing styles), timed
  // between the keystrokes at the same pace, so it waits for the frame clock as they do. (A change
  // that needs no frame at all gets one at once from an idle compositor: that is no floor.)
  const idle = [];
  const tick = () => { document.documentElement.dataset.benchTick = String(performance.now()); };
  const keys = ['i', 'in', 'inv', 'invo', 'invoi', 'ws00', 'ws001'].map((text, i) => [`key${i}`, text]);
  for (const [name, text] of keys) {
    // The typed text reaches the page as the function's source.
    const type = new Function(`return () => {
      const input = document.querySelector('dialog[open] input[type=search]');
      input.value = ${JSON.stringify(text)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }`)();
    wall[name] = await timed(page, name, type);
    idle.push(await timed(page, `idle-${name}`, tick));
  }
  await page.evaluate(() => {
    const input = document.querySelector('dialog[open] input[type=search]');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(50);
  wall.checkAll = await timed(page, 'checkAll', () => document.querySelector('dialog[open] .acp-check-all').click());
  wall.moveAll = await timed(page, 'moveAll', () => document.querySelector('dialog[open] button[aria-label="Add all scopes"]').click());
  const busy = busyTimes(JSON.parse((await browser.stopTracing()).toString()), Object.keys(wall));
  await page.close();
  const keyNames = keys.map(([name]) => name);
  const of = (figures, name) => (name === 'keystroke' ? median(keyNames.map((k) => figures[k])) : figures[name]);
  const figure = (name) => ({ wall: of(wall, name), busy: of(busy, name) });
  return { n, idle: median(idle), open: figure('open'), keystroke: figure('keystroke'), checkAll: figure('checkAll'), moveAll: figure('moveAll') };
}

const browser = await launch();
sizes();
const blank = await blankLoad(browser);
const ready = await timeToReady(browser);
console.log(`\nCold loads, medians of 20 (a fresh browser context each), navigation start →`);
console.log(`  a blank page's load event: ${blank.toFixed(1)} ms (for scale)`);
console.log(`  the first field in the DOM, mounted directly: ${ready.field.toFixed(1)} ms`);
console.log(`  the panel's \`ready\`, mounted directly: ${ready.ready.toFixed(1)} ms`);
console.log(`  the shipped index.html in a frame (bootstrap, integrity-checked module): ${(await framedReady(browser)).toFixed(1)} ms`);
console.log(`  until the page's script runs ${ready.script.toFixed(1)} ms, then until the WebAssembly has arrived ${ready.wasm.toFixed(1)} ms, then compiling, instantiating and mounting to ready ${ready.mount.toFixed(1)} ms (medians)`);
console.log("\nWhere one load's main-thread time goes (Chromium trace, events overlap: a parent includes its children):\n\n| trace event | ms |\n|---|---|");
for (const [name, ms] of await traceReady(browser)) console.log(`| ${name} | ${ms.toFixed(1)} |`);
console.log(`
The scope picker, medians of five pages (a keystroke: of seven on each page), each page traced.
Each figure: the time to the next painted frame (as a person sees it), then in brackets the main
thread's work for it (script, style, layout, paint: what must fit in a frame's 16 ms for the result
to show in the next frame). "A frame with nothing to do" is the time to the next painted frame of a
change that does no work but needs a frame, made at the keystrokes' pace between them: the wait
for the frame clock alone, which every wall figure includes. A figure near it made the next frame.

| scopes | open | filter keystroke | check all | move all | a frame with nothing to do |
|---|---|---|---|---|---|`);
// Each figure a median of five pages (the first open on a page compiles the picker's code, as it
// does for a person; single runs vary by 10–20 ms on a busy machine).
async function pickerMedians(n) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await picker(browser, n));
  const of = (key) => ({ wall: median(runs.map((r) => r[key].wall)), busy: median(runs.map((r) => r[key].busy ?? NaN)) });
  return { n, idle: median(runs.map((r) => r.idle)), open: of('open'), keystroke: of('keystroke'), checkAll: of('checkAll'), moveAll: of('moveAll') };
}
for (const n of [250, 2000, 10000]) {
  const r = await pickerMedians(n);
  const ms = (x) => `${x.wall.toFixed(1)} ms (${x.busy.toFixed(1)})`;
  console.log(`| ${r.n} | ${ms(r.open)} | ${ms(r.keystroke)} | ${ms(r.checkAll)} | ${ms(r.moveAll)} | ${r.idle.toFixed(1)} ms |`);
}
await browser.close();
