// The SDK's public types. The protocol's own types come from the contract the panel's Rust types
// generate (contract/auth0-connection-panel.d.ts), so the SDK and the panel cannot disagree.
import type {
  Connection,
  ErrorCode,
  InitPayload,
  OAuthClient,
  OAuthClientDraft,
  SubmitPayload,
  Theme,
} from '../../contract/auth0-connection-panel';

export type * from '../../contract/auth0-connection-panel';

/** What `onSubmit` resolves to: saved, or refused with errors by field (and an optional message). */
export type SubmitAnswer = { ok: true } | { ok?: false; fieldErrors?: Record<string, string>; message?: string };

/** The settings a later `update()` may change. */
export interface PanelUpdate {
  theme?: Theme;
  themeTokens?: Record<string, string>;
  locale?: string;
  strings?: Record<string, string>;
}

export interface PanelOptions extends PanelUpdate {
  /** The panel's page (`https://panel.example.com/`): frames it. Without it the panel is mounted directly. */
  src?: string;
  /** Direct mount: the panel's `auth0-connection-panel.js` (default: `panel/` beside this SDK). */
  module?: string;
  /** The `init` payload, or a function that returns it (called once the panel is ready). */
  init?: InitPayload | (() => InitPayload | Promise<InitPayload>);
  /** Saves a client from the dialog; resolves to the saved client, throws to refuse with its message. */
  onSaveOAuthClient?: (client: OAuthClientDraft) => Promise<OAuthClient> | OAuthClient;
  /** Saves the connection; resolves to `{ ok: true }` or to the errors by field. */
  onSubmit?: (
    connection: Connection,
    extras: Pick<SubmitPayload, 'pkce' | 'authorization'>,
  ) => Promise<SubmitAnswer> | SubmitAnswer;
  /** How long `ready` waits for the panel's handshake (default 10 000 ms). */
  readyTimeoutMs?: number;
  /** Direct mount: keeps drafts of several panels on one page apart (default: the element's id). */
  instanceId?: string;
}

/** Why `ready` (or a method) failed. */
export type PanelErrorCode =
  | 'handshakeTimeout'
  | 'unsupportedVersion'
  | 'originMismatch'
  | 'loadFailed'
  | 'destroyed'
  | 'reloaded'
  | ErrorCode;

export class PanelError extends Error {
  readonly code: PanelErrorCode;
  constructor(code: PanelErrorCode, message: string) {
    super(message);
    this.name = 'PanelError';
    this.code = code;
  }
}

/** A DOM event's `detail` for a moment a handler would answer (`acp-submit`, `acp-save-oauth-client`). */
export interface AnswerableDetail<T, A> {
  payload: T;
  /** Answers the panel with this promise's value (or its rejection's message). */
  respondWith(answer: Promise<A> | A): void;
}
