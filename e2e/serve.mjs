// A small static server for the built panel (dist/), on loopback only.
// Usage: node serve.mjs <dir> <port> [--csp] [--prefix /sub/path/] [--deployment]
//   --csp: the strict Content-Security-Policy of the README, so the e2e suite runs the panel as a
//          strict host would serve it; --prefix: the files are served under that path only;
//   --deployment: the e2e deployment's host origins and endpoints are written into the pages'
//          meta tags as they are served (deployment.mjs), as a deployer may edit the built files;
//   --host-csp: a strict policy for a host application (the SDK's e2e host): its own scripts,
//          styles and WebAssembly, and frames from the panel's origin only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { endpoints, hostOrigins } from './deployment.mjs';

const root = resolve(process.argv[2] ?? '../dist');
const port = Number(process.argv[3] ?? 4173);
const flag = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const prefix = flag('--prefix') ?? '/';
const lists = { 'acp-host-origins': hostOrigins, 'acp-endpoints': endpoints };
const deploy = process.argv.includes('--deployment')
  ? (html) => html.replace(/<meta name="(acp-host-origins|acp-endpoints)" content="[^"]*"/g,
      (_, name) => `<meta name="${name}" content="${lists[name].join(' ')}"`)
  : (html) => html;
const csp = process.argv.includes('--csp')
  ? [
      "default-src 'none'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self' http://127.0.0.1:4176 http://127.0.0.1:4182",
      "frame-ancestors 'self' http://localhost:4174 http://127.0.0.1:4174 http://127.0.0.1:4175 http://localhost:4183 http://127.0.0.1:4184",
      "base-uri 'none'",
      "object-src 'none'",
      "form-action 'none'",
    ].join('; ')
  : process.argv.includes('--host-csp')
    ? [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        'frame-src http://127.0.0.1:4173',
        "base-uri 'none'",
        "object-src 'none'",
        "form-action 'none'",
      ].join('; ')
    : null;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(prefix)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const file = await readFile(path);
    const body = extname(path) === '.html' ? deploy(file.toString('utf8')) : file;
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      // Nothing is cached; the README asks this of a deployment for the callback page.
      'cache-control': 'no-store',
      ...(csp && extname(path) === '.html' ? { 'content-security-policy': csp } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
