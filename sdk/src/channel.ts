// The two ways the SDK talks to a panel: a framed panel (postMessage, both origins pinned) and a
// panel mounted directly into the page (the panel's own module). Both carry the protocol's
// envelopes unchanged; the mock panel (mock.ts) is a third, for hosts' tests.
import type { HostMessageEnvelope, PanelMessageEnvelope } from './types';
import { PanelError } from './types';

export interface Channel {
  send(message: HostMessageEnvelope): void;
  close(): void;
}

export type Receive = (message: PanelMessageEnvelope) => void;

/** Opens a channel into `target`; `receive` hears every message the panel sends, `problem` what
 * went wrong with the channel itself. */
export type Connect = (target: HTMLElement, receive: Receive, problem: (error: PanelError) => void) => Promise<Channel>;

const isEnvelope = (data: unknown): data is PanelMessageEnvelope =>
  typeof data === 'object' &&
  data !== null &&
  (data as { protocol?: unknown }).protocol === 'auth0-connection-panel' &&
  typeof (data as { type?: unknown }).type === 'string';

/**
 * Frames the panel at `src`, naming this page's origin as its host. Messages go only to the
 * panel's exact origin and are heard only from that frame on that origin; the frame's height
 * follows the panel's `resize` (rounded up, so no 1 px scrollbar).
 */
export function iframeChannel(src: string, title: string): Connect {
  return async (target, receive, problem) => {
    const url = new URL(src, location.href);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
      throw new PanelError('loadFailed', `The panel's address must be https: (http: only on loopback), not ${url.protocol}`);
    }
    url.searchParams.set('hostOrigin', location.origin);
    const panelOrigin = url.origin;
    const frame = document.createElement('iframe');
    frame.title = title;
    frame.src = url.href;
    frame.className = 'acp-frame';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    const listener = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      if (event.origin !== panelOrigin) {
        // The frame was sent elsewhere (a redirect): nothing it says is the panel's.
        problem(new PanelError('originMismatch', `The panel's frame is on ${event.origin}, not on ${panelOrigin}.`));
        return;
      }
      if (!isEnvelope(event.data)) return;
      const message = event.data;
      if (message.type === 'resize') frame.style.height = `${Math.ceil(message.payload.height)}px`;
      receive(message);
    };
    window.addEventListener('message', listener);
    target.replaceChildren(frame);
    return {
      send(message) {
        frame.contentWindow?.postMessage(message, panelOrigin);
      },
      close() {
        window.removeEventListener('message', listener);
        frame.remove();
      },
    };
  };
}

interface MountedHandle {
  post(message: HostMessageEnvelope): void;
  unmount(): void;
}

type MountModule = {
  mount(element: HTMLElement, options: { instanceId?: string; onMessage(message: unknown): void }): Promise<MountedHandle>;
};

/** The panel's stylesheet beside its module, added to the page once. */
function addStylesheet(moduleUrl: URL) {
  const href = new URL('auth0-connection-panel.css', moduleUrl).href;
  const present = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.href === href);
  if (present) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/** Mounts the panel into the element with its own module (`auth0-connection-panel.js`). */
export function directChannel(moduleUrl: string, instanceId?: string): Connect {
  return async (target, receive) => {
    const url = new URL(moduleUrl, location.href);
    let module: MountModule;
    try {
      module = (await import(/* @vite-ignore */ /* webpackIgnore: true */ url.href)) as MountModule;
    } catch (error) {
      throw new PanelError('loadFailed', `The panel's module could not be loaded from ${url.href}: ${String(error)}`);
    }
    addStylesheet(url);
    const host = document.createElement('div');
    target.replaceChildren(host);
    let closed = false;
    const handle = await module.mount(host, {
      instanceId,
      onMessage(data) {
        if (!closed && isEnvelope(data)) receive(data);
      },
    });
    return {
      send(message) {
        if (!closed) handle.post(message);
      },
      close() {
        if (closed) return;
        closed = true;
        handle.unmount();
        host.remove();
      },
    };
  };
}
