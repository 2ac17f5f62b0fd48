// Trunk post-build hook, for a strict Content-Security-Policy and Subresource Integrity:
// 1. Trunk's inline bootstrap <script type="module"> moves out of index.html into boot.js, loaded
//    with `integrity`, so no inline script needs 'unsafe-inline'.
// 2. The WebAssembly is fetched with `integrity` (by boot.js and by auth0-connection-panel.js):
//    Chromium ignores `integrity` on the `<link rel="preload" as="fetch">` Trunk writes, so
//    without this the module would run unchecked.
// 3. Trunk's nonce placeholders go from every tag but an inline script: only `trunk serve`'s
//    auto-reload script is one, and only it needs its nonce.
// 4. The demo host's integrity goes into index.html (the page loads demo.js itself).
// 5. The deployment's lists, ACP_HOST_ORIGINS and ACP_ENDPOINTS (space-separated; build.rs has
//    already refused a malformed one with the panel's own parser), go into index.html's meta tags.
// 6. In a release build, the WebAssembly's imports and exports get short names, and the glue is
//    rewritten to match (scripts/short-names.mjs).
// 7. In a release build, the JavaScript and CSS a host downloads are minified by esbuild (installed
//    by scripts/setup.sh with the SDK's build tools); the glue and the snippets it imports (the
//    crash handler, the locale loader, the task scheduler) become one module, so a host waits on two downloads side by
//    side (the glue and the WebAssembly) and not on a third after the glue; and every integrity
//    index.html records is taken again from the files as they are now.
// Any expected text that is missing fails the build, so a Trunk or wasm-bindgen change is noticed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { shortenNames } from './short-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

function replaceOnce(text, pattern, replacement, where) {
  if (!pattern.test(text)) throw new Error(`post-build: ${pattern} not found in ${where}`);
  return text.replace(pattern, replacement);
}

const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

for (const [name, variable] of [['acp-host-origins', 'ACP_HOST_ORIGINS'], ['acp-endpoints', 'ACP_ENDPOINTS']]) {
  const list = (process.env[variable] ?? '').split(/\s+/).filter(Boolean).join(' ');
  if (/["<>&]/.test(list)) throw new Error(`post-build: ${variable} holds a character no origin or endpoint has`);
  html = replaceOnce(html, new RegExp(`<meta name="${name}" content="[^"]*"`), `<meta name="${name}" content="${list}"`, 'index.html');
}

// The demo host, which the standalone page loads itself (src/bridge/page.rs), with integrity.
html = replaceOnce(
  html,
  /<meta name="acp-demo-integrity" content="[^"]*"/,
  `<meta name="acp-demo-integrity" content="${sri(readFileSync(join(dir, 'demo.js')))}"`,
  'index.html',
);

// Trunk.toml's public_url is "./": every URL is relative, so the panel works under a sub-path.
const wasmPreload = /<link rel="preload"[^>]*\bhref="\.\/([^"]+\.wasm)"[^>]*\bintegrity="([^"]+)"/;
if (process.env.TRUNK_PROFILE === 'release') {
  // Short import and export names (scripts/short-names.mjs), with the wasm-opt features
  // index.html gives Trunk; the module's integrity is then taken again.
  const source = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
  const features = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter((p) => p.startsWith('--enable-')) ?? [];
  const file = html.match(wasmPreload)?.[1];
  if (!file) throw new Error('post-build: no WebAssembly preload with integrity in index.html');
  shortenNames(join(dir, file), join(dir, 'auth0-connection-panel-wasm.js'), features);
  html = html.replace(wasmPreload, (tag) => tag.replace(/\bintegrity="[^"]*"/, () => `integrity="${sri(readFileSync(join(dir, file)))}"`));
}
const preload = html.match(wasmPreload);
if (!preload) throw new Error('post-build: no WebAssembly preload with integrity in index.html');
const [, wasmFile, wasmIntegrity] = preload;
const checkedFetch = (url) => `fetch(${url}, { integrity: '${wasmIntegrity}' })`;

const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const bootstrap = html.match(inline);
if (!bootstrap) throw new Error('post-build: no inline bootstrap script in index.html');
const boot = replaceOnce(
  `${bootstrap[1].trim()}\n`,
  new RegExp(`module_or_path: '(\\./${wasmFile.replace(/[.]/g, '\\.')})'`),
  (_, url) => `module_or_path: ${checkedFetch(`'${url}'`)}`,
  'the bootstrap',
);
writeFileSync(join(dir, 'boot.js'), boot);

const placeholder = / nonce="\{\{__TRUNK NONCE__\}\}"/;
const tag = /<(?!script[\s>])[a-z]+\b[^>]*>|<script\b[^>]*\bsrc=[^>]*>/g;
writeFileSync(
  page,
  html
    .replace(inline, `<script type="module" src="./boot.js" integrity="${sri(boot)}"></script>`)
    .replace(tag, (t) => t.replace(placeholder, '')),
);

const wrapper = join(dir, 'auth0-connection-panel.js');
writeFileSync(
  wrapper,
  replaceOnce(
    readFileSync(wrapper, 'utf8'),
    new RegExp(`fetch\\((new URL\\('\\./${wasmFile.replace(/[.]/g, '\\.')}', import\\.meta\\.url\\))\\)`),
    (_, url) => checkedFetch(url),
    'auth0-connection-panel.js',
  ),
);

if (process.env.TRUNK_PROFILE === 'release') {
  let esbuild;
  try {
    esbuild = createRequire(new URL('../sdk/package.json', import.meta.url))('esbuild');
  } catch {
    throw new Error('post-build: esbuild is missing: run scripts/setup.sh');
  }
  const minify = { format: 'esm', minify: true, legalComments: 'none' };
  const glue = join(dir, 'auth0-connection-panel-wasm.js');
  const snippets = join(dir, 'snippets');
  const snippetFiles = existsSync(snippets)
    ? readdirSync(snippets, { recursive: true }).filter((file) => file.endsWith('.js'))
    : [];
  // The locale loader finds `locales/` from its own URL: three levels up as a snippet, beside the
  // glue once it is part of it.
  const localeLoader = snippetFiles.find((file) => file.endsWith('/locales.js'));
  if (!localeLoader) throw new Error('post-build: no locale loader among the snippets');
  const loaderPath = join(snippets, localeLoader);
  writeFileSync(loaderPath, replaceOnce(readFileSync(loaderPath, 'utf8'), /`\.\.\/\.\.\/\.\.\/locales\//, '`./locales/', localeLoader));
  const bundled = esbuild.buildSync({ entryPoints: [glue], bundle: true, write: false, ...minify });
  writeFileSync(glue, bundled.outputFiles[0].contents);
  rmSync(snippets, { recursive: true });
  // Trunk preloads each snippet from index.html: they are in the glue now.
  const preloads = /<link rel="modulepreload" href="\.\/snippets\/[^"]*"[^>]*>/g;
  const written = readFileSync(page, 'utf8');
  if ((written.match(preloads) ?? []).length !== snippetFiles.length) {
    throw new Error("post-build: index.html does not preload exactly the glue's snippets");
  }
  writeFileSync(page, written.replace(preloads, ''));
  for (const [file, loader] of [['auth0-connection-panel.js', 'js'], ['auth0-connection-panel.css', 'css'], ['page.css', 'css']]) {
    const path = join(dir, file);
    const { code } = esbuild.transformSync(readFileSync(path, 'utf8'), { loader, ...minify, format: loader === 'js' ? 'esm' : undefined });
    writeFileSync(path, code);
  }
  // Every integrity recorded for a file of the build, taken again.
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace(
      /<[a-z]+\b[^>]*\b(?:href|src)="\.\/([^"]+)"[^>]*>/g,
      (tag, file) => tag.replace(/\bintegrity="[^"]*"/, () => `integrity="${sri(readFileSync(join(dir, file)))}"`),
    ),
  );
}
