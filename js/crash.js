// The crashed state, in plain JavaScript. The panel's WebAssembly aborts on a panic: the trap
// surfaces as a WebAssembly.RuntimeError in the JavaScript that called into the module (an event
// handler, a timer, a promise callback, a host's call), and after it the module cannot be trusted
// to run again. So this file, not the module, shows the crashed state in each watched panel's
// element and tells its host `panelCrashed` through a delivery function that needs no WebAssembly.
// The panel registers its elements here (src/bridge/crash.rs); the glue imports this file.
const watched = new Map();
// Each panel's words for the crashed state, in its language (set by the panel as its locale
// changes); English until then.
const words = new WeakMap();
const english = {
  title: 'The panel stopped working',
  reloadPanel:
    'An internal error stopped the panel. Reload it to continue; your unsaved input (except secrets) comes back.',
  reloadPage:
    'An internal error stopped the panel. Reload the page to continue; your unsaved input (except secrets) comes back.',
  reload: 'Reload',
};
let stopped = false;

// A trap of this panel's module (its glue or its WebAssembly is on the stack), not of any other
// WebAssembly on the page.
const isTrap = (error) =>
  error instanceof WebAssembly.RuntimeError && /auth0-connection-panel-wasm/.test(String(error.stack));

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function showCrashed(root, reloadable) {
  const { title, reloadPanel, reloadPage, reload: reloadLabel, lang, dir } = words.get(root) ?? english;
  const box = element('div', 'acp-panel acp-crashed');
  box.setAttribute('role', 'alert');
  if (lang) box.lang = lang;
  if (dir) box.dir = dir;
  box.append(element('h2', 'acp-title', title), element('p', '', reloadable ? reloadPanel : reloadPage));
  if (reloadable) {
    const reload = element('button', 'acp-button acp-button--primary', reloadLabel);
    reload.type = 'button';
    reload.addEventListener('click', () => location.reload());
    box.append(reload);
  }
  root.replaceChildren(box);
}

// Whether the module has crashed: from then on nothing may call into it or send for it.
export function hasCrashed() {
  return stopped;
}

// Every watched panel shows the crashed state and its host hears `panelCrashed`, once. The page
// hears `acp-panel-crashed` first, so the direct-mount module stops calling into the WebAssembly
// before any host handler runs.
function crashed() {
  stopped = true;
  dispatchEvent(new Event('acp-panel-crashed'));
  const panels = [...watched];
  watched.clear();
  for (const [root, { reloadable, message, deliver }] of panels) {
    showCrashed(root, reloadable);
    try {
      deliver?.(message);
    } catch (error) {
      console.warn('Telling the host about the crash failed:', error);
    }
  }
}

addEventListener('error', (event) => {
  if (isTrap(event.error)) crashed();
});
addEventListener('unhandledrejection', (event) => {
  if (isTrap(event.reason)) crashed();
});

// Watches a mounted panel: `message` is its `panelCrashed` message, `deliver` sends it (or
// nothing yet, before the panel knows its host). A second call for the same element replaces it.
export function watchCrash(root, reloadable, message, deliver) {
  watched.set(root, { reloadable, message, deliver });
}

// The crashed state's words for a panel, in its language.
export function crashWords(root, lang, dir, title, reloadPanel, reloadPage, reload) {
  words.set(root, { lang, dir, title, reloadPanel, reloadPage, reload });
}

export function unwatchCrash(root) {
  watched.delete(root);
}

// Delivery by postMessage to a window, on one exact origin.
export function postTo(target, origin) {
  return (message) => target.postMessage(message, origin);
}

// Delivery to the http transport's endpoint, with the person's credentials, never redirected.
export function postToEndpoint(url) {
  return (message) =>
    fetch(url, {
      method: 'POST',
      credentials: 'include',
      redirect: 'manual',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
}
