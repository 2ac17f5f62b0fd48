// Bundles the host application with the installed package (as a platform would), and copies the
// package's panel/ beside the bundle, where the SDK looks for the direct-mount module.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

rmSync('build', { recursive: true, force: true });
await build({
  entryPoints: { app: 'src/app.js', react: 'src/react-app.jsx' },
  outdir: 'build',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"development"' },
});
cpSync('node_modules/auth0-connection-panel/panel', 'build/panel', { recursive: true });
cpSync('src/index.html', 'build/index.html');
cpSync('src/react.html', 'build/react.html');
cpSync('src/host.css', 'build/host.css');
