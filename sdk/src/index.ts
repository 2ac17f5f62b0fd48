// auth0-connection-panel: the host SDK. Importing it registers `<auth0-connection-panel>` (once,
// and only where the DOM exists) and gives `createConnectionPanel`, the same panel as a function.
//
//   const panel = createConnectionPanel(document.querySelector('#auth0')!, {
//     src: 'https://panel.example.com/',
//     init: async () => ({ mode: 'create', oauthClients: await listClients() }),
//     onSaveOAuthClient: (client) => api.saveClient(client),
//     onSubmit: (connection) => api.saveConnection(connection),
//   });
//   await panel.ready;
import type { ConnectionPanelElement } from './element';
import { TAG, defineElement } from './element';
import type { PanelOptions } from './types';

export { cspDirectives } from './csp';
export type { Transport } from './csp';
export type { SaveOutcome } from './connection';
export type { ConnectionPanelElement } from './element';
export { PanelError } from './types';
export type * from './types';

defineElement(import.meta.url);

/** Puts a panel into `target` (framed when `options.src` is given, else mounted directly). */
export function createConnectionPanel(target: HTMLElement, options: PanelOptions = {}): ConnectionPanelElement {
  defineElement(import.meta.url);
  const { src, module, ...rest } = options;
  const element = document.createElement(TAG) as ConnectionPanelElement;
  if (src) element.src = src;
  if (module) element.module = module;
  Object.assign(element, rest);
  target.append(element);
  return element;
}

declare global {
  interface HTMLElementTagNameMap {
    'auth0-connection-panel': ConnectionPanelElement;
  }
}
