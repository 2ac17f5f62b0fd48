// Trunk post-build hook: moves Trunk's inline bootstrap <script type="module"> out of index.html
// into boot.js (with Subresource Integrity), so the panel runs under a strict Content-Security-Policy
// without 'unsafe-inline'. It also removes Trunk's nonce placeholders from every tag but an inline
// script: only `trunk serve`'s auto-reload script is one, and only it needs its nonce.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline bootstrap script found in index.html');
const code = `${match[1].trim()}\n`;
writeFileSync(join(dir, 'boot.js'), code);
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const placeholder = / nonce="\{\{__TRUNK NONCE__\}\}"/;
const tag = /<(?!script[\s>])[a-z]+\b[^>]*>|<script\b[^>]*\bsrc=[^>]*>/g;
const externalised = html
  .replace(inline, `<script type="module" src="/boot.js" integrity="${integrity}"></script>`)
  .replace(tag, (t) => t.replace(placeholder, ''));
writeFileSync(page, externalised);
