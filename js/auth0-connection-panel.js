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

// The module aborts on an internal error (a WebAssembly.RuntimeError), wherever it was called
// from; the panel's crash handler then draws the crashed state and tells each host `panelCrashed`.
// From then on the module is not called again: a host's post() and unmount() return and do nothing.
let crashed = false;
const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => {
  crashed ||= isTrap(event.error);
});
addEventListener('unhandledrejection', (event) => {
  crashed ||= isTrap(event.reason);
});

// A trap in the host's own call is reported to the page like an uncaught error (so the crash
// handler sees it), and the host's call returns normally.
function guarded(call) {
  return (...args) => {
    if (crashed) return undefined;
    try {
      return call(...args);
    } catch (error) {
      if (!isTrap(error)) throw error;
      reportError(error);
      return undefined;
    }
  };
}

export async function mount(element, options = {}) {
  loading ??= init({ module_or_path: new URL('./auth0-connection-panel-wasm_bg.wasm', import.meta.url) });
  await loading;
  const handle = mountPanel(element, options);
  return { post: guarded(handle.post), unmount: guarded(handle.unmount) };
}
