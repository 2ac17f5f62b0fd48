// PKCE and authorization against a real OAuth 2.0 authorization server (oidc-provider), with the
// panel framed by a host on another site (localhost against 127.0.0.1: the browser partitions the
// panel's storage) unless a test says the same site.
import { test, expect } from '@playwright/test';
import { envelope, HOST } from './host.js';
import { assertPanelMessage } from './schema.js';

const PANEL = 'http://127.0.0.1:4178';
const AUTH = 'http://127.0.0.1:4177';
const HOST_CALLBACK = `${HOST}/callback-landing.html`;
// A host on the panel's own site: its frame shares storage (and BroadcastChannels) with the
// callback page, which cross-site frames do not.
const SAME_SITE_HOST = 'http://127.0.0.1:4174';
const clients = [
  { id: 'c-public', name: 'Public client', clientId: 'panel-public' },
  { id: 'c-confidential', name: 'Confidential client', clientId: 'panel-confidential' },
];

test.describe.configure({ mode: 'serial' });

async function openPanel(page, init, { host = HOST } = {}) {
  const panelUrl = new URL('/index.html', PANEL);
  panelUrl.searchParams.append('hostOrigin', host);
  await page.goto(`${host}/frame.html?panel=${encodeURIComponent(panelUrl.href)}`);
  await expect.poll(() => page.evaluate(() => window.received.length)).toBeGreaterThan(0);
  await page.evaluate((m) => window.sendToPanel(m), envelope('init', { mode: 'create', oauthClients: clients, ...init }));
  const frame = page.frameLocator('#panel');
  await expect(frame.getByLabel('Name your connection', { exact: true })).toBeEnabled();
  return frame;
}

async function fillMyAccount(frame, { client = 'Public client', grant = 'Authorization code with PKCE', customDomain } = {}) {
  await frame.getByLabel('Name your connection', { exact: true }).fill('Authorized connection');
  await frame.getByRole('radio', { name: 'My account', exact: true }).check();
  await frame.getByLabel('Tenant domain', { exact: true }).fill('dev-6ljhqh2ct4wo15by.us.auth0.com');
  await frame.getByLabel('Tenant domain', { exact: true }).blur();
  if (customDomain) {
    await frame.getByLabel('Custom domain', { exact: true }).fill(customDomain);
    await frame.getByLabel('Custom domain', { exact: true }).blur();
  }
  await frame.getByLabel('OAuth 2.0 client', { exact: true }).selectOption({ label: client });
  await frame.getByLabel('Grant type', { exact: true }).selectOption({ label: grant });
  await frame.getByRole('button', { name: 'Scope', exact: true }).click();
  const dialog = frame.getByRole('dialog', { name: 'Scopes' });
  await dialog.getByRole('checkbox', { name: 'read:me:factors', exact: true }).check();
  await dialog.getByRole('button', { name: 'Add checked scopes' }).click();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
}

const lastOf = async (page, type) =>
  (await page.evaluate(() => window.received)).filter((m) => m.data.type === type).at(-1)?.data;

async function exchange(params) {
  const response = await fetch(`${AUTH}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', ...params }),
  });
  return { status: response.status, body: await response.json() };
}

async function authorizeInPopup(page, frame) {
  const popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Save & authorize' }).click();
  await popup;
  await expect.poll(() => lastOf(page, 'submit'), { timeout: 20_000 }).toBeTruthy();
  return lastOf(page, 'submit');
}

test('panel mode: the popup passes the real server and the panel’s PKCE is what it accepts', async ({ page }) => {
  const frame = await openPanel(page, { authorize: 'panel' });
  await fillMyAccount(frame);
  await expect(frame.getByText(`${PANEL}/callback.html`)).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
  const submit = await authorizeInPopup(page, frame);
  assertPanelMessage(submit);
  const { pkce, authorization } = submit.payload;
  expect(authorization.code).toBeTruthy();
  expect(authorization.redirectUri).toBe(`${PANEL}/callback.html`);
  expect(pkce.codeVerifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);

  const wrong = await exchange({
    code: authorization.code, redirect_uri: authorization.redirectUri, client_id: 'panel-public',
    code_verifier: `${pkce.codeVerifier.slice(0, -1)}x`,
  });
  expect(wrong.status).toBe(400);
  const right = await exchange({
    code: authorization.code, redirect_uri: authorization.redirectUri, client_id: 'panel-public',
    code_verifier: pkce.codeVerifier,
  });
  expect(right.status, JSON.stringify(right.body)).toBe(200);
  expect(right.body.access_token).toBeTruthy();
  // Neither secret is left anywhere the page keeps things.
  const kept = await page.frame({ url: /4178/ }).evaluate(() =>
    JSON.stringify([location.href, { ...sessionStorage }, { ...localStorage }, document.cookie, document.documentElement.outerHTML]));
  expect(kept).not.toContain(pkce.codeVerifier);
  expect(kept).not.toContain(authorization.code);
});

test('a custom domain: the connection resolves on it and the popup authorizes for its audience', async ({ page, context }) => {
  const authorizeRequests = [];
  context.on('request', (request) => {
    if (request.url().startsWith(`${AUTH}/authorize?`)) authorizeRequests.push(new URL(request.url()));
  });
  const frame = await openPanel(page, { authorize: 'panel' });
  await fillMyAccount(frame, { customDomain: 'https://Login.Example.com/' });
  await expect(frame.getByLabel('Custom domain', { exact: true })).toHaveValue('login.example.com');
  await expect(frame.getByLabel('API audience', { exact: true })).toHaveValue('https://login.example.com/me/');
  const submit = await authorizeInPopup(page, frame);
  assertPanelMessage(submit);
  const { connection, pkce, authorization } = submit.payload;
  expect(connection.domain).toBe('dev-6ljhqh2ct4wo15by.us.auth0.com');
  expect(connection.customDomain).toBe('login.example.com');
  expect(connection.audience).toBe('https://login.example.com/me/');
  expect(connection.http).toMatchObject({
    baseUri: 'https://login.example.com/me/v1',
    tokenUrl: 'https://login.example.com/oauth/token',
    authorizeUrl: 'https://login.example.com/authorize',
    audience: 'https://login.example.com/me/',
  });
  expect(authorizeRequests.length).toBeGreaterThan(0);
  expect(authorizeRequests[0].searchParams.get('audience')).toBe('https://login.example.com/me/');
  const token = await exchange({
    code: authorization.code, redirect_uri: authorization.redirectUri, client_id: 'panel-public',
    code_verifier: pkce.codeVerifier,
  });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
});

test('panel mode still completes when the server sends Cross-Origin-Opener-Policy (same-site host)', async ({ page }) => {
  await fetch(`${AUTH}/control/coop?on=1`);
  try {
    const frame = await openPanel(page, { authorize: 'panel' }, { host: SAME_SITE_HOST });
    await fillMyAccount(frame);
    const submit = await authorizeInPopup(page, frame);
    expect(submit.payload.authorization.code).toBeTruthy();
  } finally {
    await fetch(`${AUTH}/control/coop?on=0`);
  }
});

test('a cross-site host whose authorization server cuts the popup off is told to use host mode, not left waiting', async ({ page }) => {
  await fetch(`${AUTH}/control/coop?on=1`);
  try {
    const frame = await openPanel(page, { authorize: 'panel' });
    await fillMyAccount(frame);
    await frame.getByRole('button', { name: 'Save & authorize' }).click();
    await expect(frame.getByText(/use authorize: "host"/)).toBeVisible({ timeout: 20_000 });
    expect((await lastOf(page, 'error')).payload.code).toBe('popupClosed');
    expect(await lastOf(page, 'submit')).toBeUndefined();
    await expect(frame.getByLabel('Name your connection', { exact: true })).toHaveValue('Authorized connection');
  } finally {
    await fetch(`${AUTH}/control/coop?on=0`);
  }
});

test('host mode: the host completes authorizeUrl and exchanges the code with the verifier', async ({ page, context }) => {
  const frame = await openPanel(page, { redirectUri: HOST_CALLBACK });
  await fillMyAccount(frame);
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => lastOf(page, 'submit')).toBeTruthy();
  const { pkce, authorization } = (await lastOf(page, 'submit')).payload;
  expect(authorization.authorizeUrl.startsWith(`${AUTH}/authorize?`)).toBe(true);
  const person = await context.newPage();
  await person.goto(authorization.authorizeUrl);
  await person.waitForURL(/callback-landing/);
  const back = new URL(person.url());
  expect(back.searchParams.get('state')).toBe(authorization.state);
  const token = await exchange({
    code: back.searchParams.get('code'), redirect_uri: HOST_CALLBACK, client_id: 'panel-public',
    code_verifier: pkce.codeVerifier,
  });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
});

test('host mode, plain authorization code: the host exchanges the code with the client secret', async ({ page, context }) => {
  const frame = await openPanel(page, { redirectUri: HOST_CALLBACK });
  await fillMyAccount(frame, { client: 'Confidential client', grant: 'Authorization code' });
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => lastOf(page, 'submit')).toBeTruthy();
  const { pkce, authorization } = (await lastOf(page, 'submit')).payload;
  expect(pkce).toBeUndefined();
  expect(authorization.authorizeUrl).not.toContain('code_challenge');
  const person = await context.newPage();
  await person.goto(authorization.authorizeUrl);
  await person.waitForURL(/callback-landing/);
  const token = await exchange({
    code: new URL(person.url()).searchParams.get('code'), redirect_uri: HOST_CALLBACK,
    client_id: 'panel-confidential', client_secret: 'confidential-secret',
  });
  expect(token.status, JSON.stringify(token.body)).toBe(200);
});

test('a blocked popup gives popupBlocked and leaves the form as it was', async ({ page }) => {
  await page.context().addInitScript(() => {
    if (location.port === '4178') window.open = () => null;
  });
  const frame = await openPanel(page, { authorize: 'panel' });
  await fillMyAccount(frame);
  await frame.getByRole('button', { name: 'Save & authorize' }).click();
  await expect(frame.getByText('The browser blocked the authorization window.')).toBeVisible();
  expect((await lastOf(page, 'error')).payload.code).toBe('popupBlocked');
  await expect(frame.getByLabel('Name your connection', { exact: true })).toHaveValue('Authorized connection');
  await expect(frame.getByLabel('Name your connection', { exact: true })).toBeEnabled();
});

test('cancelling the wait gives popupClosed', async ({ page, context }) => {
  const frame = await openPanel(page, { authorize: 'panel' }, { host: SAME_SITE_HOST });
  await fillMyAccount(frame);
  // The authorization window never finishes; closing it alone does not end the wait.
  await context.route('**/authorize?**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>held</p>' }));
  const popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Save & authorize' }).click();
  await (await popup).close();
  await expect(frame.getByText('Waiting for the authorization window…')).toBeVisible();
  await frame.getByRole('button', { name: 'Cancel authorization' }).click();
  await expect(frame.getByText('The authorization was cancelled.')).toBeVisible();
  expect((await lastOf(page, 'error')).payload.code).toBe('popupClosed');
  expect(await lastOf(page, 'submit')).toBeUndefined();
});

/**
 * Holds authorization windows at a page of their own until `release(popups)`, which sends each on
 * to the real authorization server (same window, so its opener stays).
 */
async function holdAuthorize(context) {
  const pattern = '**/authorize?**';
  await context.route(pattern, (route) => route.fulfill({ contentType: 'text/html', body: '<p>held</p>' }));
  return async (popups) => {
    await context.unroute(pattern);
    // The window finishes the flow and closes itself, perhaps before the navigation settles.
    await Promise.all(popups.map((popup) => popup.goto(popup.url(), { waitUntil: 'commit' }).catch(() => {})));
  };
}

test('a callback from another page with a guessed state is ignored and the real flow completes', async ({ page, context }) => {
  const frame = await openPanel(page, { authorize: 'panel' }, { host: SAME_SITE_HOST });
  await fillMyAccount(frame);
  const release = await holdAuthorize(context);
  const popupEvent = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Save & authorize' }).click();
  const popup = await popupEvent;
  const forged = await context.newPage();
  await forged.goto(`${PANEL}/callback.html?error=access_denied&state=guess`);
  await forged.goto(`${PANEL}/callback.html?code=forged-code&state=not-the-state`);
  await page.waitForTimeout(800);
  await expect(frame.getByText('Waiting for the authorization window…')).toBeVisible();
  expect(await lastOf(page, 'error')).toBeUndefined();
  await release([popup]);
  await expect.poll(() => lastOf(page, 'submit'), { timeout: 20_000 }).toBeTruthy();
  const { authorization } = (await lastOf(page, 'submit')).payload;
  expect(authorization.code).toBeTruthy();
  expect(authorization.code).not.toBe('forged-code');
});

test('two panels authorizing at once each complete with their own popup and code', async ({ page, context }) => {
  const panelUrl = new URL('/index.html', PANEL);
  panelUrl.searchParams.append('hostOrigin', SAME_SITE_HOST);
  await page.goto(`${SAME_SITE_HOST}/pair.html?panel=${encodeURIComponent(panelUrl.href)}`);
  const sides = ['left', 'right'];
  const received = (side) => page.evaluate((s) => window.received[s], side);
  const frames = {};
  // Both are initialised before either is typed in: the two frames share one draft.
  for (const side of sides) {
    await expect.poll(async () => (await received(side)).length).toBeGreaterThan(0);
    await page.evaluate(([s, m]) => window.sendToPanel(s, m), [side, envelope('init', { mode: 'create', oauthClients: clients, authorize: 'panel' })]);
    frames[side] = page.frameLocator(`#${side}`);
    await expect(frames[side].getByLabel('Name your connection', { exact: true })).toBeEnabled();
  }
  for (const side of sides) await fillMyAccount(frames[side]);
  const release = await holdAuthorize(context);
  const popups = [];
  for (const side of sides) {
    const popup = page.waitForEvent('popup', { timeout: 5_000 });
    await frames[side].getByRole('button', { name: 'Save & authorize' }).click();
    popups.push(await popup);
  }
  expect(popups[0]).not.toBe(popups[1]);
  // Both flows are pending, each with its window; the test server signs in one window at a time.
  const submitOf = async (side) => (await received(side)).find((m) => m.type === 'submit');
  for (const [i, side] of sides.entries()) {
    await release([popups[i]]);
    await expect.poll(() => submitOf(side), { timeout: 20_000 }).toBeTruthy();
  }
  const [left, right] = [await submitOf('left'), await submitOf('right')];
  expect(left.payload.authorization.code).toBeTruthy();
  expect(right.payload.authorization.code).toBeTruthy();
  expect(left.payload.authorization.code).not.toBe(right.payload.authorization.code);
  expect(left.payload.authorization.state).not.toBe(right.payload.authorization.state);
  for (const side of sides) expect((await received(side)).filter((m) => m.type === 'error')).toEqual([]);
});

test('a later init cancels a pending authorization: its popup closes and its late callback submits nothing', async ({ page, context }) => {
  const frame = await openPanel(page, { authorize: 'panel' }, { host: SAME_SITE_HOST });
  await fillMyAccount(frame);
  await holdAuthorize(context);
  const popupEvent = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'Save & authorize' }).click();
  const popup = await popupEvent;
  const state = new URL(popup.url()).searchParams.get('state');
  expect(state).toBeTruthy();
  await page.evaluate((m) => window.sendToPanel(m), envelope('init', {
    mode: 'create', oauthClients: clients, authorize: 'panel', reset: true, connection: { name: 'Connection B' },
  }));
  await expect(frame.getByLabel('Name your connection', { exact: true })).toHaveValue('Connection B');
  await expect.poll(() => popup.isClosed()).toBe(true);
  expect((await lastOf(page, 'error')).payload.code).toBe('popupClosed');
  const late = await context.newPage();
  await late.goto(`${PANEL}/callback.html?code=late-code&state=${encodeURIComponent(state)}`);
  await page.waitForTimeout(1_000);
  expect(await lastOf(page, 'submit')).toBeUndefined();
});

test('access_denied from the server gives authorizationDenied with Auth0’s words', async ({ page }) => {
  await fetch(`${AUTH}/control/deny`);
  const frame = await openPanel(page, { authorize: 'panel' });
  await fillMyAccount(frame);
  await frame.getByRole('button', { name: 'Save & authorize' }).click();
  await expect(frame.getByText(/access_denied: The test user refused\./)).toBeVisible({ timeout: 20_000 });
  expect((await lastOf(page, 'error')).payload.code).toBe('authorizationDenied');
  await expect(frame.getByLabel('Name your connection', { exact: true })).toBeEnabled();
});
