// auth0-connection-panel: the module hosts import to mount the panel into their own page.
//
//   import { mount } from './auth0-connection-panel.js';
//   const panel = await mount(element, { onMessage(message) { … }, instanceId: 'left' });
//   panel.post({ protocol: 'auth0-connection-panel', version: 1, type: 'init', payload: { mode: 'create' } });
//   panel.unmount();
//
// Importing mounts nothing. The first mount() loads the WebAssembly; later ones reuse it. The
// build (scripts/post-build.mjs) makes that fetch check the module's Subresource Integrity.
import init, { mountPanel } from './auth0-connection-panel-wasm.js';

let loading;

export async function mount(element, options = {}) {
  loading ??= init({ module_or_path: new URL('./auth0-connection-panel-wasm_bg.wasm', import.meta.url) });
  await loading;
  return mountPanel(element, options);
}
