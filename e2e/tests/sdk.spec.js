// The host SDK as a platform uses it: the packed package installed into a host application
// (e2e/sdk-host, bundled by esbuild), served under a strict Content-Security-Policy on origins of
// its own (localhost:4183, listed by the panel's deployment; 127.0.0.1:4184, not listed).
import { test, expect } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';

const catalogue = (tag) => JSON.parse(readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url)));
const de = catalogue('de');
const ja = catalogue('ja');

const HOST = 'http://localhost:4183';
const UNLISTED = 'http://127.0.0.1:4184';

async function openApp(page, origin = HOST, path = '/index.html') {
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${origin}${path}`);
  return violations;
}

const log = (page, panel, kind) =>
  page.evaluate(([p, k]) => window.host.log.filter((e) => e.panel === p && (!k || e.kind === k)), [panel, kind]);

async function open(page, name, options) {
  await page.evaluate(([n, o]) => void window.host.open(n, o), [name, options]);
}

const ui = (page, name, mode) => (mode === 'direct' ? page.locator(`#box-${name}`) : page.frameLocator(`#box-${name} iframe`));

async function fillManagement(root, name) {
  await root.getByLabel('Name your connection', { exact: true }).fill(name);
  await root.getByLabel('Tenant domain', { exact: true }).fill('dev-6ljhqh2ct4wo15by.eu.auth0.com');
  await root.getByLabel('Tenant domain', { exact: true }).blur();
  await root.getByLabel('OAuth 2.0 client', { exact: true }).selectOption({ label: 'Back-office integration' });
}

test('the element frames the panel: a client saved through onSaveOAuthClient, a submit refused then saved', async ({ page }) => {
  const violations = await openApp(page);
  await open(page, 'a', { mode: 'iframe', submit: 'fieldErrorsThenOk' });
  await expect.poll(() => log(page, 'a', 'ready')).toHaveLength(1);
  const panel = ui(page, 'a');
  await fillManagement(panel, 'EU tenant');
  await panel.getByRole('button', { name: 'Add OAuth 2.0 client' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Add OAuth 2.0 client' });
  await dialog.getByLabel('Name', { exact: true }).fill('CI deploys');
  await dialog.getByLabel('Client ID', { exact: true }).fill('ci-client');
  await dialog.getByLabel('Client secret', { exact: true }).fill('ci-secret-value');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByLabel('OAuth 2.0 client', { exact: true })).toHaveValue('client-2');
  const [saved] = await log(page, 'a', 'saveOAuthClient');
  expect(saved.value).toMatchObject({ name: 'CI deploys', clientId: 'ci-client' });

  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('That name is taken on this platform.')).toBeVisible();
  await panel.getByLabel('Name your connection', { exact: true }).fill('EU tenant 2');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('Connection saved')).toBeVisible();
  const submits = await log(page, 'a', 'submit');
  expect(submits).toHaveLength(2);
  expect(submits[1].value.connection).toMatchObject({ name: 'EU tenant 2', oauthClientId: 'client-2', region: 'eu' });
  const height = await page.locator('#box-a iframe').evaluate((f) => f.style.height);
  expect(height).toMatch(/^[1-9][0-9]{2,}px$/);
  expect(violations).toEqual([]);
});

test('mounted directly: validate() and save() through the SDK, with its events', async ({ page }) => {
  const violations = await openApp(page);
  await open(page, 'd', { mode: 'direct' });
  await expect.poll(() => log(page, 'd', 'ready')).toHaveLength(1);
  const state = await page.evaluate(() => window.host.panel('d').validate());
  expect(state.valid).toBe(false);
  expect(Object.keys(state.errors)).toEqual(expect.arrayContaining(['name', 'tenant', 'region']));
  const root = ui(page, 'd', 'direct');
  await expect(root.getByText('Enter a name for the connection.')).toBeVisible();
  await fillManagement(root, 'Direct tenant');
  await expect.poll(() => page.evaluate(() => window.host.panel('d').isDirty)).toBe(true);
  expect((await log(page, 'd', 'acp-change')).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.host.panel('d').save())).toEqual({ ok: true });
  await expect(root.getByText('Connection saved')).toBeVisible();
  expect(violations).toEqual([]);
});

test('update() switches language and theme and keeps what was typed; two panels keep their own handlers', async ({ page }) => {
  await openApp(page);
  await open(page, 'one', { mode: 'iframe' });
  await open(page, 'two', { mode: 'direct' });
  await expect.poll(async () => (await log(page, 'one', 'ready')).length + (await log(page, 'two', 'ready')).length).toBe(2);
  await ui(page, 'one').getByLabel('Name your connection', { exact: true }).fill('Behalten');
  await page.evaluate(() => window.host.panel('one').update({ locale: 'de', theme: 'dark' }));
  await expect(ui(page, 'one').getByRole('heading', { name: de['panel.title.create'] })).toBeVisible();
  await expect(ui(page, 'one').locator('.acp-panel')).toHaveClass(/acp-theme-dark/);
  await expect(ui(page, 'one').getByLabel(de['field.name.label'], { exact: true })).toHaveValue('Behalten');

  await fillManagement(ui(page, 'two', 'direct'), 'Second');
  await ui(page, 'two', 'direct').getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => log(page, 'two', 'submit')).toHaveLength(1);
  expect(await log(page, 'one', 'submit')).toHaveLength(0);
});

test('the element written as markup: attributes for src and locale, properties for init and handlers', async ({ page }) => {
  const violations = await openApp(page);
  await page.evaluate(() => {
    const box = document.createElement('section');
    box.id = 'box-m';
    box.innerHTML = '<auth0-connection-panel src="http://127.0.0.1:4173/" locale="ja"></auth0-connection-panel>';
    const element = box.firstElementChild;
    element.init = { mode: 'create', oauthClients: [{ id: 'c', name: 'Main', clientId: 'main' }] };
    element.onSubmit = async () => ({ ok: true });
    document.getElementById('panels').append(box);
    window.markupInit = () => element.init;
    window.markupReady = element.ready.then(() => 'ready');
  });
  expect(await page.evaluate(() => window.markupReady)).toBe('ready');
  expect(await page.evaluate(() => window.markupInit().oauthClients[0].name)).toBe('Main');
  await expect(ui(page, 'm').getByRole('option', { name: 'Main' })).toBeAttached();
  await expect(ui(page, 'm').getByRole('heading', { name: ja['panel.title.create'] })).toBeVisible();
  await page.evaluate(() => document.querySelector('#box-m auth0-connection-panel').setAttribute('locale', 'en'));
  await expect(ui(page, 'm').getByRole('heading', { name: 'Create connection' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a removed element leaves no frame and hears nothing; added again it starts afresh', async ({ page }) => {
  await openApp(page);
  await open(page, 'r', { mode: 'iframe' });
  await expect.poll(() => log(page, 'r', 'ready')).toHaveLength(1);
  await page.evaluate(() => window.host.remove('r'));
  await expect.poll(() => page.evaluate(() => window.host.frames())).toBe(0);
  const before = (await log(page, 'r')).length;
  await page.waitForTimeout(1200);
  expect((await log(page, 'r')).length).toBe(before);
  await page.evaluate(() => window.host.reattach('r'));
  await expect.poll(() => page.evaluate(() => window.host.frames())).toBe(1);
  await expect.poll(() => log(page, 'r', 'acp-ready')).toHaveLength(2);
});

test('a handler that throws shows its message; one that never answers ends in the timeout message', async ({ page }) => {
  await openApp(page);
  await open(page, 't', { mode: 'iframe', submit: 'throw' });
  await open(page, 'n', { mode: 'iframe', submit: 'never', requestTimeoutMs: 1500 });
  await expect.poll(async () => (await log(page, 't', 'ready')).length + (await log(page, 'n', 'ready')).length).toBe(2);
  await fillManagement(ui(page, 't'), 'Throws');
  await ui(page, 't').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ui(page, 't').getByText('The host could not complete this: The platform is down for maintenance.')).toBeVisible();
  await fillManagement(ui(page, 'n'), 'Never');
  await ui(page, 'n').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ui(page, 'n').getByText('The host did not answer in time. Nothing was lost; try again.')).toBeVisible();
});

test('a panel that never becomes ready: ready rejects with handshakeTimeout and says why', async ({ page }) => {
  await openApp(page, UNLISTED);
  await open(page, 'x', { mode: 'iframe', readyTimeoutMs: 2500 });
  await expect.poll(() => log(page, 'x', 'readyRejected'), { timeout: 10_000 }).toHaveLength(1);
  const [{ value }] = await log(page, 'x', 'readyRejected');
  expect(value.code).toBe('handshakeTimeout');
  expect(value.message).toContain(UNLISTED);
  expect((await log(page, 'x', 'acp-error'))[0].value.code).toBe('handshakeTimeout');
});

test('the React example under StrictMode leaves exactly one panel, and saves', async ({ page }) => {
  const violations = await openApp(page, HOST, '/react.html');
  const panel = page.frameLocator('#root iframe');
  await expect(panel.getByLabel('Name your connection', { exact: true })).toBeEnabled();
  await page.waitForTimeout(500);
  expect(await page.locator('iframe').count()).toBe(1);
  await fillManagement(panel, 'From React');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved: 1')).toBeVisible();
  expect(await page.evaluate(() => window.reactLog.length)).toBe(1);
  expect(violations).toEqual([]);
});

test('importing the installed package in Node (server-side rendering) throws nothing', async () => {
  const entry = resolve('sdk-host/node_modules/auth0-connection-panel/index.js');
  const sdk = await import(pathToFileURL(entry).href);
  expect(typeof sdk.createConnectionPanel).toBe('function');
});
