// One panel's conversation with its host, over any channel: the handshake (with its timeout and
// version check), `init`, the handlers' answers, methods called before `ready` (queued, never
// dropped) and the DOM events. It knows nothing of iframes or WebAssembly.
import type { Channel, Connect } from './channel';
import type {
  ChangedPayload,
  HostMessageEnvelope,
  InitPayload,
  OAuthClient,
  PanelMessageEnvelope,
  PanelOptions,
  PanelUpdate,
  SubmitAnswer,
} from './types';
import { PanelError } from './types';

const PROTOCOL = { protocol: 'auth0-connection-panel', version: 1 } as const;
const SUPPORTED_VERSION = 1;
const DEFAULT_READY_TIMEOUT_MS = 10_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void };

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'The host could not complete this.';

/** The outcome of `save()`: the host's answer to the panel's `submit`, or the form's errors. */
export type SaveOutcome = { ok: true } | { ok: false; errors?: Record<string, string>; fieldErrors?: Record<string, string>; message?: string };

export class PanelConnection {
  readonly ready: Promise<void>;
  private readonly started = deferred<void>();
  private channel?: Channel;
  private state: 'connecting' | 'ready' | 'destroyed' = 'connecting';
  private queue: Array<() => void> = [];
  private changedWaiters: Array<(payload: ChangedPayload) => void> = [];
  private submitWaiters: Array<(outcome: SaveOutcome) => void> = [];
  private lastInit?: InitPayload;
  private dirty = false;
  private timer?: ReturnType<typeof setTimeout>;
  private initSent = false;

  constructor(
    private readonly events: EventTarget,
    private readonly options: PanelOptions,
    connect: Connect,
    target: HTMLElement,
  ) {
    this.ready = this.started.promise;
    // A host that never awaits `ready` must not see an unhandled rejection.
    this.ready.catch(() => {});
    const timeout = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
    this.timer = setTimeout(
      () =>
        this.fail(
          new PanelError(
            'handshakeTimeout',
            `The panel did not answer within ${timeout} ms. Likely causes: this page's origin (${globalThis.location?.origin}) is not on the panel deployment's list of host origins (the panel stays silent to unlisted hosts), or the panel's address is unreachable.`,
          ),
        ),
      timeout,
    );
    connect(target, (message) => this.receive(message)).then(
      (channel) => {
        if (this.state === 'destroyed') channel.close();
        else this.channel = channel;
      },
      (error) => this.fail(error instanceof PanelError ? error : new PanelError('loadFailed', messageOf(error))),
    );
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Shows every error and resolves to the panel's `changed` (validity, dirtiness, errors). */
  validate(): Promise<ChangedPayload> {
    return this.whenReady(() => {
      const answer = new Promise<ChangedPayload>((resolve) => this.changedWaiters.push(resolve));
      this.send({ ...PROTOCOL, type: 'requestValidate' });
      return answer;
    });
  }

  /** As the panel's own Save: resolves to the host's answer, or to the errors that stopped it. */
  async save(): Promise<SaveOutcome> {
    const state = await this.validate();
    if (!state.valid) return { ok: false, errors: state.errors };
    return this.whenReady(() => {
      const answer = new Promise<SaveOutcome>((resolve) => this.submitWaiters.push(resolve));
      this.send({ ...PROTOCOL, type: 'requestSave' });
      return answer;
    });
  }

  /** Changes theme, tokens, language or wording; what the person typed stays. */
  update(change: PanelUpdate): Promise<void> {
    Object.assign(this.options, change);
    return this.whenReady(() => {
      if (this.lastInit) this.sendInit(this.lastInit);
    });
  }

  destroy(): void {
    if (this.state === 'destroyed') return;
    this.state = 'destroyed';
    clearTimeout(this.timer);
    this.channel?.close();
    this.channel = undefined;
    const error = new PanelError('destroyed', 'The panel was destroyed.');
    this.started.reject(error);
    const queued = this.queue;
    this.queue = [];
    for (const run of queued) run();
  }

  private whenReady<T>(run: () => T | Promise<T>): Promise<T> {
    if (this.state === 'ready') return Promise.resolve(run());
    if (this.state === 'destroyed') return Promise.reject(new PanelError('destroyed', 'The panel was destroyed.'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        if (this.state === 'ready') Promise.resolve().then(run).then(resolve, reject);
        else reject(new PanelError('destroyed', 'The panel was destroyed before it was ready.'));
      });
    });
  }

  private fail(error: PanelError) {
    if (this.state !== 'connecting') return;
    this.emit('acp-error', { code: error.code, message: error.message });
    this.started.reject(error);
    this.destroy();
  }

  private send(message: HostMessageEnvelope) {
    if (this.state !== 'destroyed') this.channel?.send(message);
  }

  private sendInit(base: InitPayload) {
    const { theme, themeTokens, locale, strings } = this.options;
    const payload: InitPayload = { ...base };
    if (theme !== undefined) payload.theme = theme;
    if (themeTokens !== undefined) payload.themeTokens = themeTokens;
    if (locale !== undefined) payload.locale = locale;
    if (strings !== undefined) payload.strings = strings;
    this.lastInit = base;
    this.send({ ...PROTOCOL, type: 'init', payload });
  }

  private emit(type: string, detail: unknown) {
    this.events.dispatchEvent(new CustomEvent(type, { detail }));
  }

  private async handshake(versions: number[]) {
    if (this.initSent) return;
    this.initSent = true;
    if (!versions.includes(SUPPORTED_VERSION)) {
      this.fail(
        new PanelError(
          'unsupportedVersion',
          `The panel speaks protocol versions ${versions.join(', ')}; this SDK speaks ${SUPPORTED_VERSION}.`,
        ),
      );
      return;
    }
    try {
      const init = typeof this.options.init === 'function' ? await this.options.init() : this.options.init;
      if (this.state !== 'connecting') return;
      this.sendInit(init ?? { mode: 'create' });
    } catch (error) {
      this.fail(new PanelError('loadFailed', `init could not be had: ${messageOf(error)}`));
      return;
    }
    clearTimeout(this.timer);
    this.state = 'ready';
    this.started.resolve();
    const queued = this.queue;
    this.queue = [];
    for (const run of queued) run();
  }

  private receive(message: PanelMessageEnvelope) {
    if (this.state === 'destroyed') return;
    switch (message.type) {
      case 'ready':
        void this.handshake(message.payload.protocolVersions).then(() => {
          if (this.state === 'ready') this.emit('acp-ready', message.payload);
        });
        break;
      case 'changed': {
        this.dirty = message.payload.dirty;
        this.emit('acp-change', message.payload);
        const waiters = this.changedWaiters;
        this.changedWaiters = [];
        for (const resolve of waiters) resolve(message.payload);
        break;
      }
      case 'cancel':
        this.emit('acp-cancel', message.payload);
        break;
      case 'error':
        this.emit('acp-error', message.payload);
        break;
      case 'saveOAuthClient':
        this.answer(
          message.requestId,
          'acp-save-oauth-client',
          message.payload.client,
          this.options.onSaveOAuthClient && (() => this.options.onSaveOAuthClient!(message.payload.client)),
          (client: OAuthClient) => ({ ...PROTOCOL, type: 'oauthClientSaved', requestId: message.requestId, payload: { client } }),
        );
        break;
      case 'submit': {
        const { connection, pkce, authorization } = message.payload;
        this.answer(
          message.requestId,
          'acp-submit',
          message.payload,
          this.options.onSubmit && (() => this.options.onSubmit!(connection, { pkce, authorization })),
          (answer: SubmitAnswer) => {
            const ok = answer.ok === true;
            const refused = ok ? {} : (answer as { fieldErrors?: Record<string, string>; message?: string });
            this.settleSave(ok ? { ok: true } : { ok: false, ...refused });
            return {
              ...PROTOCOL,
              type: 'submitResult',
              requestId: message.requestId,
              payload: { ok, ...(refused.fieldErrors ? { fieldErrors: refused.fieldErrors } : {}), ...(refused.message ? { message: refused.message } : {}) },
            };
          },
        );
        break;
      }
      default:
        break;
    }
  }

  /**
   * Answers a request with the handler's result (or, without a handler, with what a listener of
   * the DOM event passes to `respondWith`). A thrown error becomes `requestFailed` with its
   * message; an answer later than the panel's request timeout is dropped (the panel has already
   * told the person).
   */
  private answer<T, A>(
    requestId: string,
    eventType: string,
    payload: T,
    handler: (() => A | Promise<A>) | undefined,
    reply: (answer: A) => HostMessageEnvelope,
  ) {
    let pending: Promise<A> | undefined;
    if (handler) {
      pending = Promise.resolve().then(handler);
    } else {
      this.emit(eventType, {
        payload,
        respondWith: (answer: A | Promise<A>) => {
          pending ??= Promise.resolve(answer);
        },
      });
      if (!pending) {
        console.warn(`auth0-connection-panel: nothing answered ${eventType}; the panel will report a timeout.`);
        return;
      }
    }
    const limit = this.lastInit?.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
    }, limit);
    pending.then(
      (answer) => {
        clearTimeout(timer);
        if (!expired) this.send(reply(answer));
      },
      (error) => {
        clearTimeout(timer);
        if (expired) return;
        this.send({ ...PROTOCOL, type: 'requestFailed', requestId, payload: { message: messageOf(error) } });
        if (eventType === 'acp-submit') this.settleSave({ ok: false, message: messageOf(error) });
      },
    );
  }

  private settleSave(outcome: SaveOutcome) {
    const waiters = this.submitWaiters;
    this.submitWaiters = [];
    for (const resolve of waiters) resolve(outcome);
  }
}
