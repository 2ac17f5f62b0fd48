// `<auth0-connection-panel>`: the panel as a custom element. With `src` it frames the panel there;
// without, it mounts the panel's module into itself. Objects and functions are properties
// (`init`, `onSubmit`, `onSaveOAuthClient`, `themeTokens`, `strings`); `locale` and `theme` are
// attributes too. Removing the element destroys its panel (frame, listeners, pending calls);
// adding it again starts a new one, so a double mount leaves exactly one panel.
import { directChannel, iframeChannel } from './channel';
import type { SaveOutcome } from './connection';
import { PanelConnection } from './connection';
import type { ChangedPayload, PanelOptions, PanelUpdate, Theme } from './types';
import { PanelError } from './types';

export const TAG = 'auth0-connection-panel';
const gone = () => new PanelError('destroyed', 'The panel was destroyed.');
const PROPERTIES = ['src', 'module', 'init', 'onSubmit', 'onSaveOAuthClient', 'readyTimeoutMs', 'instanceId', 'locale', 'theme', 'themeTokens', 'strings'] as const;
const DEFAULT_MODULE = './panel/auth0-connection-panel.js';

/** The element's API, as `createConnectionPanel` returns it too. */
export interface ConnectionPanelElement extends HTMLElement, Omit<PanelOptions, 'src' | 'module'> {
  src: string | null;
  module: string | null;
  /** Resolves once the panel is ready and has its `init`; rejects with a `PanelError`. */
  readonly ready: Promise<void>;
  readonly isDirty: boolean;
  validate(): Promise<ChangedPayload>;
  save(): Promise<SaveOutcome>;
  update(change: PanelUpdate): Promise<void>;
  destroy(): void;
}

/** Defines the element class (only where the DOM exists: importing on a server touches nothing). */
export function defineElement(moduleBase: string): void {
  if (typeof customElements === 'undefined' || customElements.get(TAG)) return;

  class ConnectionPanel extends HTMLElement {
    static observedAttributes = ['locale', 'theme'];
    private connection?: PanelConnection;
    private options: PanelOptions = {};
    private pendingReady?: Promise<void>;
    private destroyed = false;
    private releaseReady?: () => void;

    get src() {
      return this.getAttribute('src');
    }
    set src(value: string | null) {
      if (value === null) this.removeAttribute('src');
      else this.setAttribute('src', value);
    }
    get module() {
      return this.getAttribute('module');
    }
    set module(value: string | null) {
      if (value === null) this.removeAttribute('module');
      else this.setAttribute('module', value);
    }

    /** The panel's `ready`; before the element is connected, the one of the panel it will start. */
    get ready(): Promise<void> {
      if (this.connection) return this.connection.ready;
      if (this.destroyed) return Promise.reject(new PanelError('destroyed', 'The panel was destroyed.'));
      this.pendingReady ??= new Promise<void>((resolve) => {
        this.releaseReady = resolve;
      }).then(() => this.connection?.ready ?? Promise.reject(new PanelError('destroyed', 'The panel was destroyed.')));
      return this.pendingReady;
    }

    get isDirty() {
      return this.connection?.isDirty ?? false;
    }

    validate() {
      return this.ready.then(() => this.connection?.validate() ?? Promise.reject(gone()));
    }
    save() {
      return this.ready.then(() => this.connection?.save() ?? Promise.reject(gone()));
    }
    update(change: PanelUpdate) {
      Object.assign(this.options, change);
      return this.connection && !this.connection.isDestroyed ? this.connection.update(change) : Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
      this.connection?.destroy();
      this.connection = undefined;
      this.replaceChildren();
      // Whoever waits for a panel that will now never start hears so.
      this.releaseReady?.();
      this.pendingReady = undefined;
      this.releaseReady = undefined;
    }

    connectedCallback() {
      // Properties set before the element was upgraded (markup parsed before the SDK loaded)
      // are own properties that hide the accessors: pass them through the accessors.
      for (const name of PROPERTIES) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = (this as Record<string, unknown>)[name];
          delete (this as Record<string, unknown>)[name];
          (this as Record<string, unknown>)[name] = value;
        }
      }
      // A move (removed and added in one task) keeps the panel; one that failed starts afresh.
      if (this.connection && !this.connection.isDestroyed) return;
      this.destroyed = false;
      // The same options object: a handler changed later is the one called, with no restart.
      const options = this.options;
      const locale = this.getAttribute('locale');
      const theme = this.getAttribute('theme') as Theme | null;
      if (locale) options.locale = locale;
      if (theme) options.theme = theme;
      const src = this.src;
      const connect = src
        ? iframeChannel(src, this.getAttribute('title') ?? 'Auth0 connection')
        : directChannel(new URL(this.module ?? DEFAULT_MODULE, moduleBase).href, options.instanceId ?? (this.id || undefined));
      this.connection = new PanelConnection(this, options, connect, this);
      this.releaseReady?.();
      this.pendingReady = undefined;
      this.releaseReady = undefined;
    }

    disconnectedCallback() {
      queueMicrotask(() => {
        if (!this.isConnected) this.destroy();
      });
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null) {
      if (before === after || !this.connection) return;
      if (name === 'locale') this.update({ locale: after ?? undefined }).catch(() => {});
      if (name === 'theme') this.update({ theme: (after as Theme | null) ?? undefined }).catch(() => {});
    }
  }

  // Properties for objects and functions, kept until the panel starts and read when needed.
  for (const name of ['init', 'onSubmit', 'onSaveOAuthClient', 'readyTimeoutMs', 'instanceId'] as const) {
    Object.defineProperty(ConnectionPanel.prototype, name, {
      get(this: { options: PanelOptions }) {
        return this.options[name];
      },
      set(this: { options: PanelOptions }, value: unknown) {
        (this.options as Record<string, unknown>)[name] = value;
      },
    });
  }
  // Settings a running panel takes at once (a new `init` with the person's input kept).
  for (const name of ['locale', 'theme', 'themeTokens', 'strings'] as const) {
    Object.defineProperty(ConnectionPanel.prototype, name, {
      get(this: { options: PanelOptions }) {
        return this.options[name];
      },
      set(this: ConnectionPanel, value: unknown) {
        this.update({ [name]: value }).catch(() => {});
      },
    });
  }

  customElements.define(TAG, ConnectionPanel);
}
