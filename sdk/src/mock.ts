// A mock panel for hosts' own tests: it plays the panel's side of the protocol (no WebAssembly,
// no DOM needed), so a host can check its handlers answer as the panel expects.
//
//   import { createMockPanel } from 'auth0-connection-panel/mock';
//   const mock = createMockPanel();
//   const panel = mock.connect({ init: { mode: 'create' }, onSubmit: saveConnection });
//   await panel.ready;
//   expect(await mock.submit(connection)).toEqual({ type: 'submitResult', ok: true });
import type { Receive } from './channel';
import { PanelConnection } from './connection';
import type {
  ChangedPayload,
  Connection,
  ErrorCode,
  HostMessageEnvelope,
  InitPayload,
  OAuthClientDraft,
  PanelMessageEnvelope,
  PanelOptions,
  SubmitPayload,
} from './types';

const PROTOCOL = { protocol: 'auth0-connection-panel', version: 1 } as const;

/** What the host answered a request with. */
export type MockAnswer =
  | { type: 'submitResult'; ok: boolean; fieldErrors?: Record<string, string>; message?: string }
  | { type: 'oauthClientSaved'; client: { id: string; name: string; clientId: string } }
  | { type: 'requestFailed'; message: string };

export interface MockPanel {
  /** Every message the host sent, in order. */
  readonly received: HostMessageEnvelope[];
  /** The host's latest `init` payload (after `ready`). */
  readonly lastInit: InitPayload | undefined;
  /** Connects a host (its options and handlers) to this mock, as the SDK connects to a panel. */
  connect(options: PanelOptions, events?: EventTarget): PanelConnection;
  /** The person saved: resolves to the host's answer. */
  submit(connection: Connection, extras?: Omit<SubmitPayload, 'connection'>): Promise<MockAnswer>;
  /** The person saved a client in the dialog: resolves to the host's answer. */
  saveOAuthClient(client: OAuthClientDraft): Promise<MockAnswer>;
  /** The form changed. */
  change(payload: ChangedPayload): void;
  /** The person cancelled. */
  cancel(dirty: boolean): void;
  /** The panel reports a problem (`popupBlocked`, `panelCrashed`, …). */
  error(code: ErrorCode, message: string): void;
  /** The panel's document starts again (its Reload after a crash): it says `ready` anew. */
  reload(): void;
}

export function createMockPanel({ protocolVersions = [1], locales = ['en'] } = {}): MockPanel {
  const received: HostMessageEnvelope[] = [];
  let receive: Receive | undefined;
  let next = 0;
  const waiting = new Map<string, (answer: MockAnswer) => void>();
  const post = (message: PanelMessageEnvelope) => receive?.(message);
  const sayReady = () => post({ ...PROTOCOL, type: 'ready', payload: { panelVersion: 'mock', protocolVersions, locales } });
  // As the panel: `ready` now, and again every 500 ms (at most 20 times) until an `init` arrives.
  const ready = () => {
    const inits = received.filter((m) => m.type === 'init').length;
    let sent = 0;
    const again = () => {
      if (received.filter((m) => m.type === 'init').length > inits || sent >= 20 || !receive) return;
      sent += 1;
      sayReady();
      setTimeout(again, 500);
    };
    again();
  };

  function request(message: PanelMessageEnvelope & { requestId: string }): Promise<MockAnswer> {
    return new Promise((resolve) => {
      waiting.set(message.requestId, resolve);
      post(message);
    });
  }

  function hear(message: HostMessageEnvelope) {
    received.push(message);
    if (!('requestId' in message) || !message.requestId) return;
    const resolve = waiting.get(message.requestId);
    if (!resolve) return;
    waiting.delete(message.requestId);
    if (message.type === 'submitResult') resolve({ type: 'submitResult', ...message.payload });
    if (message.type === 'oauthClientSaved') resolve({ type: 'oauthClientSaved', client: message.payload.client });
    if (message.type === 'requestFailed') resolve({ type: 'requestFailed', message: message.payload.message });
  }

  return {
    received,
    get lastInit() {
      const inits = received.filter((m) => m.type === 'init');
      const last = inits[inits.length - 1];
      return last?.type === 'init' ? last.payload : undefined;
    },
    connect(options, events = new EventTarget()) {
      const connection = new PanelConnection(
        events,
        options,
        async (_target, heard) => {
          receive = heard;
          queueMicrotask(ready);
          return { send: hear, close: () => (receive = undefined) };
        },
        undefined as unknown as HTMLElement,
      );
      return connection;
    },
    submit(connection, extras = {}) {
      return request({ ...PROTOCOL, type: 'submit', requestId: `mock-${++next}`, payload: { connection, ...extras } });
    },
    saveOAuthClient(client) {
      return request({ ...PROTOCOL, type: 'saveOAuthClient', requestId: `mock-${++next}`, payload: { client } });
    },
    change(payload) {
      post({ ...PROTOCOL, type: 'changed', payload });
    },
    cancel(dirty) {
      post({ ...PROTOCOL, type: 'cancel', payload: { dirty } });
    },
    error(code, message) {
      post({ ...PROTOCOL, type: 'error', payload: { code, message } });
    },
    reload() {
      // A new document: what the old one was asked is gone with it.
      waiting.clear();
      ready();
    },
  };
}
