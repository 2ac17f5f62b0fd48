// Where a cold start's main-thread time goes, by function: V8's sampling profiler over cold loads
// of the benchmark's page (a fresh context each) until the first form control is in the DOM, self
// time per function averaged over the loads. The module must keep its function names (scripts/
// bench.sh --profile builds such a copy); the engine's own work (compiling, style, layout) shows
// as "(program)".
//
//   node bench/profile.mjs http://127.0.0.1:4182 [loads]
import { launch, untilDone } from './common.mjs';

const [base, loads = '5'] = process.argv.slice(2);
const runs = Number(loads);
const browser = await launch();
const selfTime = new Map();
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await untilDone(page, `${base}/bench-picker.html?scopes=10`);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const { functionName, url } = nodes.get(id).callFrame;
    const name = functionName || `(anonymous, ${url.split('/').pop() || 'native'})`;
    selfTime.set(name, (selfTime.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / runs);
  });
  await context.close();
}
await browser.close();
// Rust's symbols carry crate hashes: dropped for reading.
const readable = (name) => name.replace(/\[[0-9a-f]+\]/g, '').slice(0, 140);
console.log(`Self time by function until \`ready\` and the host's \`init\` applied, mean of ${runs} cold loads:\n`);
console.log('| ms | function |\n|---|---|');
for (const [name, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`| ${ms.toFixed(1)} | ${readable(name).replaceAll('|', '\\|')} |`);
}
