// Builds the host SDK: esbuild bundles each entry (ES modules, no runtime dependencies) and tsc
// writes the declarations beside the contract's, into build/ (build output, not committed).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('build', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', mock: 'src/mock.ts' },
  outdir: 'build/js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'neutral',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
