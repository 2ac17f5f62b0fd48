// The direct-mount module (`auth0-connection-panel/panel/auth0-connection-panel.js`): mounts the
// panel into an element of the host's page. The SDK uses it for `<auth0-connection-panel>`
// without `src`; a host may also call it itself.
import type { HostMessageEnvelope, PanelMessageEnvelope } from '../types/contract/auth0-connection-panel';

export interface MountOptions {
  /** Receives every message the panel sends. */
  onMessage(message: PanelMessageEnvelope): void;
  /** Keeps drafts of several panels on one page apart (default: the element's id). */
  instanceId?: string;
}

export interface MountedPanel {
  /** Delivers a host message to the panel (decoded and checked as from any transport). */
  post(message: HostMessageEnvelope): void;
  /** Removes the panel; later calls do nothing. */
  unmount(): void;
}

/** Loads the WebAssembly once (with its integrity) and mounts a panel into `element`. */
export function mount(element: HTMLElement, options: MountOptions): Promise<MountedPanel>;
