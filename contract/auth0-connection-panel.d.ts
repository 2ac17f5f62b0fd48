// Generated from the Rust types in src/protocol by `UPDATE_CONTRACT=1 cargo test --lib contract`.
// Do not edit by hand: a test fails when this file and the types differ.

export type ProtocolName = "auth0-connection-panel";

export type HostMessageEnvelope = { protocol: ProtocolName, version: 1, } & ({ "type": "init", payload: InitPayload, } | { "type": "requestSave", payload?: Empty, } | { "type": "requestValidate", payload?: Empty, } | { "type": "oauthClientSaved", requestId: string, payload: ClientPayload, } | { "type": "submitResult", requestId: string, payload: SubmitResult, } | { "type": "requestFailed", requestId: string, payload: RequestFailedPayload, });

export type PanelMessageEnvelope = { protocol: ProtocolName, version: 1, } & ({ "type": "ready", payload: ReadyPayload, } | { "type": "changed", payload: ChangedPayload, } | { "type": "resize", payload: ResizePayload, } | { "type": "saveOAuthClient", requestId: string, payload: ClientDraftPayload, } | { "type": "submit", requestId: string, payload: SubmitPayload, } | { "type": "cancel", payload: CancelPayload, } | { "type": "error", requestId?: string, payload: ErrorPayload, });

export type HostToPanel = { "type": "init", payload: InitPayload, } | { "type": "requestSave", payload?: Empty, } | { "type": "requestValidate", payload?: Empty, } | { "type": "oauthClientSaved", requestId: string, payload: ClientPayload, } | { "type": "submitResult", requestId: string, payload: SubmitResult, } | { "type": "requestFailed", requestId: string, payload: RequestFailedPayload, };

export type PanelToHost = { "type": "ready", payload: ReadyPayload, } | { "type": "changed", payload: ChangedPayload, } | { "type": "resize", payload: ResizePayload, } | { "type": "saveOAuthClient", requestId: string, payload: ClientDraftPayload, } | { "type": "submit", requestId: string, payload: SubmitPayload, } | { "type": "cancel", payload: CancelPayload, } | { "type": "error", requestId?: string, payload: ErrorPayload, };

export type InitPayload = { mode: Mode, connection?: ConnectionPrefill, reset?: boolean, existingNames?: Array<string>, oauthClients?: Array<OAuthClient>, redirectUri?: string, scopeCatalog?: ScopeCatalog, authorize?: AuthorizeMode, popup?: PopupSize, theme?: Theme, themeTokens?: { [key in string]: string }, requestTimeoutMs?: number, 
/**
 * A BCP 47 tag, matched with fallback (`fr-CA` → `fr` → `en`); without it, the browser's
 * languages decide.
 */
locale?: string, 
/**
 * The host's own wording for any message, by catalogue key.
 */
strings?: { [key in string]: string }, };

export type Mode = "create" | "edit";

export type AuthorizeMode = "host" | "panel";

export type Theme = "light" | "dark" | "system";

export type PopupSize = { width: number, height: number, };

export type ScopeCatalog = { myAccount?: Array<ScopeEntry>, };

export type ScopeEntry = { value: string, description?: string, };

export type ConnectionPrefill = { id?: string, name?: string, apiType?: ApiType, tenant?: string, region?: Region, customDomain?: string, oauthClientId?: string, audience?: string, grantType?: GrantType, scopes?: Array<string>, };

export type Connection = { id?: string, name: string, apiType: ApiType, tenant: string, region: Region, domain: string, 
/**
 * The tenant's own host name for My account authorization, tokens and API, and Management's
 * token and API requests; absent when the tenant uses its Auth0 domain only.
 */
customDomain?: string, oauthClientId: string, audience: string, grantType: GrantType, scopes?: Array<string>, http: HttpSettings, };

export type HttpSettings = { baseUri: string, tokenUrl: string, grantType: string, audience: string, authorizeUrl?: string, scope?: string, pkceMethod?: string, };

export type Region = "au" | "ca" | "eu" | "jp" | "uk" | "us" | "usLegacy";

export type ApiType = "management" | "myAccount";

export type GrantType = "clientCredentials" | "authorizationCode" | "authorizationCodePkce";

export type OAuthClient = { id: string, name: string, clientId: string, };

export type OAuthClientDraft = { id?: string, name: string, clientId: string, 
/**
 * Omitted on edit when unchanged. A secret: it leaves the panel only in this message.
 */
clientSecret?: string, };

export type SubmitResult = { ok: boolean, message?: string, fieldErrors?: { [key in string]: string }, };

export type SubmitPayload = { connection: Connection, pkce?: Pkce, authorization?: Authorization, };

export type Pkce = { codeVerifier: string, codeChallenge: string, codeChallengeMethod: string, };

export type Authorization = { authorizeUrl?: string, code?: string, state: string, redirectUri: string, };

export type ErrorCode = "invalidMessage" | "unsupportedVersion" | "popupBlocked" | "popupClosed" | "stateMismatch" | "authorizationDenied" | "hostTimeout" | "panelCrashed";

export type ReadyPayload = { panelVersion: string, protocolVersions: Array<number>, 
/**
 * The locales the panel ships (`init.locale` may name any of them, or a more specific tag).
 */
locales: Array<string>, };

export type ChangedPayload = { valid: boolean, dirty: boolean, 
/**
 * Every current error, by field (`name`, `tenant`, `region`, `customDomain`, `oauthClientId`, `audience`, `grantType`, `scopes`).
 */
errors: { [key in string]: string }, };

export type ResizePayload = { height: number, };

export type ClientDraftPayload = { client: OAuthClientDraft, };

export type CancelPayload = { dirty: boolean, };

export type ErrorPayload = { code: ErrorCode, message: string, };

export type ClientPayload = { client: OAuthClient, };

export type RequestFailedPayload = { message: string, };

export type Empty = Record<symbol, never>;

