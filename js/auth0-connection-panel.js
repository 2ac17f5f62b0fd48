// auth0-connection-panel: the module hosts import to mount the panel into their own page.
//
//   import { mount } from './auth0-connection-panel.js';
//   const panel = await mount(element, { onMessage(message) { … }, instanceId: 'left' });
//   panel.post({ protocol: 'auth0-connection-panel', version: 1, type: 'init', payload: { mode: 'create' } });
//   panel.unmount();
//
// Importing mounts nothing and loads nothing more. The first mount() imports the glue and fetches
// the WebAssembly at once, so the module downloads beside the glue (which a release build bundles
// with the crash handler, the locale loader and the task scheduler it imports) rather than after it; later mounts
// reuse both. The build (scripts/post-build.mjs)
// makes that fetch check the module's Subresource Integrity.
let loading;

function load() {
  loading ??= Promise.all([
    import('./auth0-connection-panel-wasm.js'),
    fetch(new URL('./auth0-connection-panel-wasm_bg.wasm', import.meta.url)),
  ])
    .then(async ([{ default: init, mountPanel }, module]) => {
      await init({ module_or_path: module });
      return mountPanel;
    })
    .catch((error) => {
      // A failed load (offline, a changed module) is tried afresh by the next mount().
      loading = undefined;
      throw error;
    });
  return loading;
}

// The module aborts on an internal error (a WebAssembly.RuntimeError), wherever it was called
// from; the panel's crash handler (crash.js, part of the glue) then draws the crashed state,
// tells each host `panelCrashed` and announces `acp-panel-crashed` first. From then on this module
// never calls into the WebAssembly again: post() and unmount() return and do nothing, no other
// message reaches onMessage, and a new mount() is refused until the page is reloaded.
let crashed = false;
addEventListener('acp-panel-crashed', () => {
  crashed = true;
});

// A trap in the host's own call is reported to the page like an uncaught error (so the crash
// handler sees it), and the host's call returns normally.
function guarded(call) {
  return (...args) => {
    if (crashed) return undefined;
    try {
      return call(...args);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      reportError(error);
      return undefined;
    }
  };
}

export async function mount(element, options = {}) {
  const mountPanel = await load();
  if (crashed) throw new Error('The panel stopped after an internal error: reload the page to mount it again.');
  const { onMessage } = options;
  // After a crash the host hears `panelCrashed` and nothing else.
  const quietAfterCrash =
    typeof onMessage === 'function'
      ? {
          ...options,
          onMessage(message) {
            if (!crashed || message?.payload?.code === 'panelCrashed') onMessage(message);
          },
        }
      : options;
  let handle;
  try {
    handle = mountPanel(element, quietAfterCrash);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) reportError(error);
    throw error;
  }
  return { post: guarded(handle.post), unmount: guarded(handle.unmount) };
}
