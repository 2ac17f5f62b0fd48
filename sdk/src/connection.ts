// One panel's conversation with its host, over any channel: the handshake (with its timeout and
// version check), `init`, the handlers' answers, methods called before `ready` (queued, never
// dropped), the DOM events, and a panel document that reloads (it gets its `init` again). It knows
// nothing of iframes or WebAssembly.
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
/** How long the panel may take to act on `requestValidate` / `requestSave` before it answers. */
const ANSWER_MARGIN_MS = 5_000;
/** A panel-side authorization (a popup) may take this long before the panel submits. */
const AUTHORIZATION_MS = 5 * 60_000;
/** A `ready` this soon after `init` crossed it in flight; a later one is a reloaded panel. */
const READY_CROSSING_MS = 1_000;

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

/** The outcome of `save()`: the host's answer to the panel's `submit`, or what stopped it. */
export type SaveOutcome =
  | { ok: true }
  | { ok: false; errors?: Record<string, string>; fieldErrors?: Record<string, string>; message?: string; code?: string };

type Waiter<T> = { resolve(value: T): void; reject(error: unknown): void; timer: ReturnType<typeof setTimeout> };

const isClient = (value: unknown): value is OAuthClient =>
  typeof value === 'object' &&
  value !== null &&
  ['id', 'name', 'clientId'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

export class PanelConnection {
  readonly ready: Promise<void>;
  private readonly started = deferred<void>();
  private channel?: Channel;
  private unsent: HostMessageEnvelope[] = [];
  private state: 'connecting' | 'ready' | 'destroyed' = 'connecting';
  private queue: Array<() => void> = [];
  private changedWaiters: Waiter<ChangedPayload>[] = [];
  private saveWaiters: Waiter<SaveOutcome>[] = [];
  private lastInit?: InitPayload;
  private initSentAt = 0;
  private lastSent?: string;
  private handshaking = false;
  private submitting = 0;
  private heldUpdate = false;
  private dirty = false;
  private timer?: ReturnType<typeof setTimeout>;

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
    connect(target, (message) => this.receive(message), (error) => this.problem(error)).then(
      (channel) => {
        if (this.state === 'destroyed') {
          channel.close();
          return;
        }
        this.channel = channel;
        // What was said before the channel was handed over (a panel may say `ready` at once).
        for (const message of this.unsent.splice(0)) channel.send(message);
      },
      (error) => this.fail(error instanceof PanelError ? error : new PanelError('loadFailed', messageOf(error))),
    );
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  get isDestroyed(): boolean {
    return this.state === 'destroyed';
  }

  /** Shows every error and resolves to the panel's `changed` (validity, dirtiness, errors). */
  validate(): Promise<ChangedPayload> {
    return this.whenReady(() => {
      const answer = this.wait(this.changedWaiters, ANSWER_MARGIN_MS, 'requestValidate');
      this.send({ ...PROTOCOL, type: 'requestValidate' });
      return answer;
    });
  }

  /**
   * As the panel's own Save: resolves to the host's answer to the `submit`, or to what stopped it
   * (the form's errors, the panel's `error`). Rejects with `hostTimeout` when the panel does not
   * submit in time (for example while the host's field errors are still on the form).
   */
  async save(): Promise<SaveOutcome> {
    const state = await this.validate();
    if (!state.valid) return { ok: false, errors: state.errors };
    return this.whenReady(() => {
      const authorizes = this.lastInit?.authorize === 'panel' && this.lastInit?.connection?.apiType !== 'management';
      const limit = (authorizes ? AUTHORIZATION_MS : ANSWER_MARGIN_MS) + this.requestTimeout();
      const answer = this.wait(this.saveWaiters, limit, 'requestSave');
      this.send({ ...PROTOCOL, type: 'requestSave' });
      return answer;
    });
  }

  /**
   * Changes theme, tokens, language or wording. The protocol's way is a new `init`: the last one,
   * without `reset` and with the clients saved since, so what the person typed stays. While the
   * host is answering a `submit`, the update waits for that answer.
   */
  update(change: PanelUpdate): Promise<void> {
    Object.assign(this.options, change);
    return this.whenReady(() => {
      if (this.submitting > 0) this.heldUpdate = true;
      else if (this.lastInit) this.sendInit(this.lastInit);
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
    this.settle(this.changedWaiters, (w) => w.reject(error));
    this.settle(this.saveWaiters, (w) => w.reject(error));
    const queued = this.queue;
    this.queue = [];
    for (const run of queued) run();
  }

  private requestTimeout() {
    return this.lastInit?.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  }

  private wait<T>(list: Waiter<T>[], limit: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const at = list.indexOf(waiter);
          if (at >= 0) list.splice(at, 1);
          reject(new PanelError('hostTimeout', `The panel did not answer ${what} within ${limit} ms.`));
        }, limit),
      };
      list.push(waiter);
    });
  }

  private settle<T>(list: Waiter<T>[], how: (waiter: Waiter<T>) => void) {
    const waiters = list.splice(0, list.length);
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      how(waiter);
    }
  }

  private whenReady<T>(run: () => T | Promise<T>): Promise<T> {
    if (this.state === 'ready') {
      try {
        return Promise.resolve(run());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    if (this.state === 'destroyed') return Promise.reject(new PanelError('destroyed', 'The panel was destroyed.'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        if (this.state === 'ready') Promise.resolve().then(run).then(resolve, reject);
        else reject(new PanelError('destroyed', 'The panel was destroyed before it was ready.'));
      });
    });
  }

  /** Before `ready`: the panel cannot be had. After: told to the host as `acp-error`. */
  private problem(error: PanelError) {
    if (this.state === 'connecting') this.fail(error);
    else if (this.state === 'ready') this.emit('acp-error', { code: error.code, message: error.message });
  }

  private fail(error: PanelError) {
    if (this.state !== 'connecting') return;
    this.emit('acp-error', { code: error.code, message: error.message });
    this.started.reject(error);
    this.destroy();
  }

  private send(message: HostMessageEnvelope) {
    if (this.state === 'destroyed') return;
    if (this.channel) this.channel.send(message);
    else this.unsent.push(message);
  }

  private sendInit(base: InitPayload, force = false) {
    const { theme, themeTokens, locale, strings } = this.options;
    const payload: InitPayload = { ...base };
    if (theme !== undefined) payload.theme = theme;
    if (themeTokens !== undefined) payload.themeTokens = themeTokens;
    if (locale !== undefined) payload.locale = locale;
    if (strings !== undefined) payload.strings = strings;
    // A later `init` must not wipe what the person typed.
    const { reset: _reset, ...kept } = base;
    this.lastInit = kept;
    // The same `init` again would only cancel what the panel is doing (an authorization popup).
    const text = JSON.stringify(payload);
    if (!force && text === this.lastSent) return;
    this.lastSent = text;
    this.initSentAt = performance.now();
    this.send({ ...PROTOCOL, type: 'init', payload });
  }

  private emit(type: string, detail: unknown) {
    this.events.dispatchEvent(new CustomEvent(type, { detail }));
  }

  private async handshake(versions: number[]): Promise<boolean> {
    clearTimeout(this.timer);
    if (!versions.includes(SUPPORTED_VERSION)) {
      this.fail(
        new PanelError(
          'unsupportedVersion',
          `The panel speaks protocol versions ${versions.join(', ')}; this SDK speaks ${SUPPORTED_VERSION}.`,
        ),
      );
      return false;
    }
    let init: InitPayload | undefined;
    const limit = this.options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
    try {
      const asked = typeof this.options.init === 'function' ? this.options.init() : this.options.init;
      init = await Promise.race([
        Promise.resolve(asked),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`init() did not settle within ${limit} ms`)), limit),
        ),
      ]);
    } catch (error) {
      this.fail(new PanelError('loadFailed', `The host's init could not be had: ${messageOf(error)}`));
      return false;
    }
    if (this.state !== 'connecting') return false;
    this.sendInit(init ?? { mode: 'create' });
    this.state = 'ready';
    this.started.resolve();
    const queued = this.queue;
    this.queue = [];
    for (const run of queued) run();
    return true;
  }

  private receive(message: PanelMessageEnvelope) {
    if (this.state === 'destroyed') return;
    switch (message.type) {
      case 'ready':
        if (this.state === 'connecting' && !this.handshaking) {
          this.handshaking = true;
          void this.handshake(message.payload.protocolVersions).then((ok) => {
            if (ok) this.emit('acp-ready', message.payload);
          });
        } else if (this.state === 'ready' && this.lastInit && performance.now() - this.initSentAt > READY_CROSSING_MS) {
          // The panel's document started again (its Reload after a crash, a moved frame): it
          // gets its `init` again and finds the person's draft; what waited on the old one ends.
          const error = new PanelError('reloaded', 'The panel reloaded; ask again.');
          this.settle(this.changedWaiters, (w) => w.reject(error));
          this.settle(this.saveWaiters, (w) => w.reject(error));
          this.sendInit(this.lastInit, true);
          this.emit('acp-ready', message.payload);
        }
        break;
      case 'changed':
        this.dirty = message.payload.dirty;
        this.emit('acp-change', message.payload);
        this.settle(this.changedWaiters, (w) => w.resolve(message.payload));
        break;
      case 'cancel':
        this.emit('acp-cancel', message.payload);
        break;
      case 'error':
        this.emit('acp-error', message.payload);
        // Whatever stopped a save (a blocked popup, a denied authorization, a timeout, a crash).
        this.settle(this.saveWaiters, (w) =>
          w.resolve({ ok: false, code: message.payload.code, message: message.payload.message }),
        );
        if (message.payload.code === 'panelCrashed') {
          const crashed = new PanelError('panelCrashed', message.payload.message);
          this.settle(this.changedWaiters, (w) => w.reject(crashed));
        }
        break;
      case 'saveOAuthClient':
        this.answer(
          message.requestId,
          'acp-save-oauth-client',
          message.payload.client,
          this.options.onSaveOAuthClient && (() => this.options.onSaveOAuthClient!(message.payload.client)),
          (answer: unknown) => {
            if (!isClient(answer)) throw new Error('onSaveOAuthClient must resolve to { id, name, clientId }.');
            // Only the three fields go to the panel (never a secret the host's object may hold).
            const client: OAuthClient = { id: answer.id, name: answer.name, clientId: answer.clientId };
            if (this.lastInit) {
              const clients = this.lastInit.oauthClients ?? [];
              this.lastInit.oauthClients = clients.some((c) => c.id === client.id)
                ? clients.map((c) => (c.id === client.id ? client : c))
                : [...clients, client];
            }
            return { ...PROTOCOL, type: 'oauthClientSaved', requestId: message.requestId, payload: { client } };
          },
        );
        break;
      case 'submit': {
        const { connection, pkce, authorization } = message.payload;
        this.submitting += 1;
        this.answer(
          message.requestId,
          'acp-submit',
          message.payload,
          this.options.onSubmit && (() => this.options.onSubmit!(connection, { pkce, authorization })),
          (answer: unknown) => {
            if (typeof answer !== 'object' || answer === null) {
              throw new Error('onSubmit must resolve to { ok: true } or { fieldErrors }.');
            }
            const { ok, fieldErrors, message: text } = answer as SubmitAnswer & { fieldErrors?: unknown; message?: unknown };
            const saved = ok === true;
            const textual = (v: unknown) => typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');
            if (fieldErrors !== undefined && !textual(fieldErrors)) throw new Error('onSubmit: fieldErrors must map field names to messages.');
            if (text !== undefined && typeof text !== 'string') throw new Error('onSubmit: message must be text.');
            // A later `init` (an update) shows what was saved, not the first prefill.
            if (saved && this.lastInit) {
              const { http: _http, domain: _domain, ...prefill } = connection;
              this.lastInit.connection = prefill;
            }
            this.settle(this.saveWaiters, (w) =>
              w.resolve(
                saved
                  ? { ok: true }
                  : { ok: false, ...(fieldErrors ? { fieldErrors: fieldErrors as Record<string, string> } : {}), ...(text ? { message: text as string } : {}) },
              ),
            );
            return {
              ...PROTOCOL,
              type: 'submitResult',
              requestId: message.requestId,
              payload: {
                ok: saved,
                ...(!saved && fieldErrors ? { fieldErrors: fieldErrors as Record<string, string> } : {}),
                ...(!saved && text ? { message: text as string } : {}),
              },
            };
          },
          () => {
            this.submitting -= 1;
            if (this.submitting === 0 && this.heldUpdate && this.lastInit) {
              this.heldUpdate = false;
              this.sendInit(this.lastInit);
            }
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
   * the DOM event passes to `respondWith`). A thrown error, or an answer of the wrong shape,
   * becomes `requestFailed` with its message; an answer later than the panel's request timeout is
   * dropped (the panel has told the person by then).
   */
  private answer<T>(
    requestId: string,
    eventType: string,
    payload: T,
    handler: (() => unknown) | undefined,
    reply: (answer: unknown) => HostMessageEnvelope,
    done: () => void = () => {},
  ) {
    let pending: Promise<unknown> | undefined;
    if (handler) {
      pending = Promise.resolve().then(handler);
    } else {
      this.emit(eventType, {
        payload,
        respondWith: (answer: unknown) => {
          pending ??= Promise.resolve(answer);
        },
      });
      if (!pending) {
        console.warn(`auth0-connection-panel: nothing answered ${eventType}; the panel will report a timeout.`);
        done();
        return;
      }
    }
    let expired = false;
    let finished = false;
    const finish = () => {
      if (!finished) {
        finished = true;
        done();
      }
    };
    // The panel gives up on the request then; so does the SDK (a handler that never settles
    // holds nothing up).
    const timer = setTimeout(() => {
      expired = true;
      finish();
    }, this.requestTimeout());
    const failed = (error: unknown) => {
      this.send({ ...PROTOCOL, type: 'requestFailed', requestId, payload: { message: messageOf(error) } });
      if (eventType === 'acp-submit') this.settle(this.saveWaiters, (w) => w.resolve({ ok: false, message: messageOf(error) }));
    };
    pending
      .then(
        (answer) => {
          if (expired) return;
          let message: HostMessageEnvelope;
          try {
            message = reply(answer);
            this.send(message);
          } catch (error) {
            failed(error);
          }
        },
        (error) => {
          if (!expired) failed(error);
        },
      )
      .finally(() => {
        clearTimeout(timer);
        finish();
      });
  }
}
