// Full flows in every transport, then a search for every secret they carried (the client secret,
// the PKCE verifier, the authorization code) everywhere a browser keeps things.
import { test, expect } from '@playwright/test';
import { PANEL, clients, envelope, openHost } from './host.js';
import { expectNoSecretKept, recordConsole } from './secrets.js';

// A platform of this suite's own: the http suite resets its platform between tests, in parallel.
const PLATFORM = 'http://127.0.0.1:4182';
const CLIENT_SECRET = 'client-secret-9f8e7d6c5b4a';

/** Adds a client with a secret, then fills a My account connection with PKCE and saves it. */
async function addClientAndSave(ui, answerClient) {
  await ui.getByRole('button', { name: 'Add OAuth 2.0 client' }).click();
  const dialog = ui.getByRole('dialog', { name: 'Add OAuth 2.0 client' });
  await dialog.getByLabel('Name', { exact: true }).fill('Client with a secret');
  await dialog.getByLabel('Client ID', { exact: true }).fill('secret-client-id');
  await dialog.getByLabel('Client secret', { exact: true }).fill(CLIENT_SECRET);
  await dialog.getByRole('button', { name: 'Show client secret' }).click();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  // The host's copy of saveOAuthClient (null where the test cannot see it) carries the secret.
  const request = await answerClient();
  if (request) expect(request.payload.client.clientSecret).toBe(CLIENT_SECRET);
  await expect(dialog).toBeHidden();
  await expect(ui.getByLabel('OAuth 2.0 client', { exact: true }).locator('option:checked')).toHaveText('Client with a secret');

  await fillMyAccount(ui, 'Secretive connection');
  await ui.getByRole('button', { name: 'Save', exact: true }).click();
}

/** A My account connection with PKCE and one scope, on the client already selected. */
async function fillMyAccount(ui, name) {
  await ui.getByLabel('Name your connection', { exact: true }).fill(name);
  await ui.getByRole('radio', { name: 'My account', exact: true }).check();
  await ui.getByLabel('Tenant domain', { exact: true }).fill('dev-6ljhqh2ct4wo15by.us.auth0.com');
  await ui.getByLabel('Tenant domain', { exact: true }).blur();
  await ui.getByLabel('Grant type', { exact: true }).selectOption({ label: 'Authorization code with PKCE' });
  await ui.getByRole('button', { name: 'Scope', exact: true }).click();
  const picker = ui.getByRole('dialog', { name: 'Scopes' });
  await picker.getByRole('checkbox', { name: 'read:me:factors', exact: true }).check();
  await picker.getByRole('button', { name: 'Add checked scopes' }).click();
  await picker.getByRole('button', { name: 'Save', exact: true }).click();
}

const verifierOf = (submit) => {
  const verifier = submit.payload.pkce.codeVerifier;
  expect(verifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
  return verifier;
};

test('iframe transport', async ({ page, context }) => {
  const lines = recordConsole(context);
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await addClientAndSave(host.frame, async () => {
    await host.waitFor('saveOAuthClient');
    const request = await host.last('saveOAuthClient');
    const client = { id: 'client-new', name: request.payload.client.name, clientId: request.payload.client.clientId };
    await host.send(envelope('oauthClientSaved', { client }, request.requestId));
    return request;
  });
  await host.waitFor('submit');
  const submit = await host.last('submit');
  await host.send(envelope('submitResult', { ok: true }, submit.requestId));
  await expect(host.frame.getByText('Connection saved')).toBeVisible();
  await expectNoSecretKept(context, lines, [CLIENT_SECRET, verifierOf(submit)]);
});

test('direct mount', async ({ page, context }) => {
  const lines = recordConsole(context);
  await page.goto(`${PANEL}/examples/mount.html`);
  const left = page.locator('#left');
  await expect(left.getByLabel('Name your connection', { exact: true })).toBeEnabled();
  const sent = (type) => page.evaluate((t) => window.messages.left.filter((m) => m.type === t).at(-1), type);
  await addClientAndSave(left, async () => {
    await expect.poll(() => sent('saveOAuthClient')).toBeTruthy();
    const request = await sent('saveOAuthClient');
    await page.evaluate((r) => window.panels.left.post({
      protocol: 'auth0-connection-panel', version: 1, type: 'oauthClientSaved', requestId: r.requestId,
      payload: { client: { id: 'client-new', name: r.payload.client.name, clientId: r.payload.client.clientId } },
    }), request);
    return request;
  });
  await expect(left.getByText('Connection saved')).toBeVisible();
  await expectNoSecretKept(context, lines, [CLIENT_SECRET, verifierOf(await sent('submit'))]);
});

test('http transport', async ({ page, context }) => {
  await fetch(`${PLATFORM}/control/reset`, { method: 'POST' });
  const lines = recordConsole(context);
  const url = new URL('/index.html', PANEL);
  url.searchParams.set('endpoint', `${PLATFORM}/api`);
  await page.goto(url.href);
  const messages = async () => (await (await fetch(`${PLATFORM}/control/state`)).json()).messages;
  await addClientAndSave(page, async () => {
    await expect.poll(async () => (await messages()).some((m) => m.type === 'saveOAuthClient')).toBe(true);
    return (await messages()).find((m) => m.type === 'saveOAuthClient');
  });
  await expect(page.getByText('Connection saved')).toBeVisible();
  const submit = (await messages()).find((m) => m.type === 'submit');
  await expectNoSecretKept(context, lines, [CLIENT_SECRET, verifierOf(submit)]);
});

test('standalone with the demo host: its log masks the secrets', async ({ page, context }) => {
  const lines = recordConsole(context);
  await page.goto(`${PANEL}/`);
  const ui = page.locator('.acp-panel');
  await addClientAndSave(ui, async () => {
    const entry = page.locator('.acp-log-entry').filter({ has: page.locator('code', { hasText: 'saveOAuthClient' }) });
    await expect(entry).toHaveCount(1);
    const logged = JSON.parse(await entry.locator('.acp-log-body').textContent());
    expect(logged.payload.client.clientSecret).not.toBe(CLIENT_SECRET);
    // The log shows the message masked; the secret itself went to the built-in host.
    return null;
  });
  await expect(ui.getByText('Connection saved')).toBeVisible();
  const body = await page.locator('body').innerText();
  expect(body).not.toContain(CLIENT_SECRET);
  await expectNoSecretKept(context, lines, [CLIENT_SECRET]);
});

test('panel-side authorization with a real server: verifier and code', async ({ page, context }) => {
  const lines = recordConsole(context);
  const host = await openHost(page, { panel: 'http://127.0.0.1:4178' });
  await host.waitFor('ready');
  await host.send(envelope('init', {
    mode: 'create', authorize: 'panel',
    oauthClients: [{ id: 'c-public', name: 'Public client', clientId: 'panel-public' }],
  }));
  const ui = host.frame;
  await ui.getByLabel('OAuth 2.0 client', { exact: true }).selectOption({ label: 'Public client' });
  await fillMyAccount(ui, 'Authorized in the panel');
  await ui.getByRole('button', { name: 'Save & authorize' }).click();
  await expect.poll(() => host.last('submit'), { timeout: 20_000 }).toBeTruthy();
  const submit = await host.last('submit');
  const code = submit.payload.authorization.code;
  expect(code.length).toBeGreaterThan(8);
  await expectNoSecretKept(context, lines, [verifierOf(submit), code]);
});
