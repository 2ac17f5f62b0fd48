import { test, expect } from '@playwright/test';
import { PANEL, STRANGER, clients, envelope, openHost } from './host.js';
import { assertHostMessage, assertPanelMessage } from './schema.js';
import { fillManagement, label } from './panel.js';

const framed = { name: 'Framed connection', tenant: 'dev-6ljhqh2ct4wo15by.eu.auth0.com', client: 'Back-office integration' };

test('ready, init, a filled form and the submit the host receives', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  const ready = (await host.received()).find((m) => m.data.type === 'ready');
  expect(ready.origin).toBe(PANEL);
  expect(ready.data.payload.protocolVersions).toEqual([1]);
  await expect(host.frame.getByText('Connecting to the host…')).toBeVisible();

  const init = envelope('init', { mode: 'create', existingNames: ['Taken'], oauthClients: clients });
  assertHostMessage(init);
  await host.send(init);
  await fillManagement(host.frame, framed);
  await host.frame.getByRole('button', { name: 'Save', exact: true }).click();
  await host.waitFor('submit');
  const submit = await host.last('submit');
  expect(submit.requestId).toBeTruthy();
  for (const { data } of await host.received()) assertPanelMessage(data);
  expect(submit.payload.connection).toMatchObject({
    name: 'Framed connection',
    apiType: 'management',
    tenant: 'dev-6ljhqh2ct4wo15by',
    region: 'eu',
    domain: 'dev-6ljhqh2ct4wo15by.eu.auth0.com',
    oauthClientId: 'client-1',
    grantType: 'clientCredentials',
  });
  await expect(host.frame.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('aria-busy', 'true');
  await host.send(envelope('submitResult', { ok: true }, submit.requestId));
  await expect(host.frame.getByText('Connection saved')).toBeVisible();
  await host.waitFor('resize');
});

test('edit mode prefills the connection and echoes its id', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(
    envelope('init', {
      mode: 'edit',
      existingNames: ['Prod', 'Other'],
      oauthClients: clients,
      connection: { id: 'conn-42', name: 'Prod', apiType: 'management', tenant: 'dev-6ljhqh2ct4wo15by', region: 'uk', oauthClientId: 'client-2' },
    }),
  );
  await expect(host.frame.getByRole('heading', { name: 'Edit connection' })).toBeVisible();
  await expect(label(host.frame, 'Name your connection')).toHaveValue('Prod');
  await expect(label(host.frame, 'Region')).toHaveValue('uk');
  await host.frame.getByRole('button', { name: 'Save', exact: true }).click();
  await host.waitFor('submit');
  const submit = await host.last('submit');
  expect(submit.payload.connection.id).toBe('conn-42');
  expect(submit.payload.connection.audience).toBe('https://dev-6ljhqh2ct4wo15by.uk.auth0.com/api/v2/');
});

test('field errors from submitResult appear beside their fields', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await fillManagement(host.frame, framed);
  await host.frame.getByRole('button', { name: 'Save', exact: true }).click();
  await host.waitFor('submit');
  const submit = await host.last('submit');
  await host.send(
    envelope('submitResult', { ok: false, message: 'Not saved.', fieldErrors: { tenant: 'This tenant is already connected.' } }, submit.requestId),
  );
  const tenant = label(host.frame, 'Tenant domain');
  await expect(tenant).toHaveAttribute('aria-invalid', 'true');
  await expect(tenant).toHaveAccessibleDescription(/This tenant is already connected\./);
  await expect(host.frame.getByText('Not saved.')).toBeVisible();
  await expect(label(host.frame, 'Name your connection')).toHaveValue('Framed connection');
});

test('requestValidate shows every error and answers changed; requestSave saves', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await expect(label(host.frame, 'Name your connection')).toBeEnabled();
  await host.send(envelope('requestValidate'));
  await expect(host.frame.getByText('Enter a name for the connection.')).toBeVisible();
  await expect.poll(async () => (await host.last('changed'))?.payload.errors.name).toBe('Enter a name for the connection.');
  expect((await host.last('changed')).payload.valid).toBe(false);
  await fillManagement(host.frame, framed);
  await host.send(envelope('requestSave'));
  await host.waitFor('submit');
});

test('a framed page of another origin cannot talk to the panel', async ({ page }) => {
  const host = await openHost(page, { third: `${STRANGER}/third.html` });
  await host.waitFor('ready');
  await page.waitForTimeout(600);
  await expect(host.frame.getByText('Connecting to the host…')).toBeVisible();
  await expect(label(host.frame, 'Name your connection')).toHaveValue('');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await expect(label(host.frame, 'Name your connection')).toBeEnabled();
  await page.waitForTimeout(400);
  await expect(host.frame.getByRole('heading', { name: 'Create connection' })).toBeVisible();
});

test('malformed messages from the host get an error reply and change nothing', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send({ hello: 'world' });
  await host.send({ ...envelope('init', { mode: 'create' }), version: 2, requestId: 'r-9' });
  await host.send(envelope('init', { mode: 'sideways' }));
  await expect.poll(async () => (await host.received()).filter((m) => m.data.type === 'error').length).toBe(3);
  const errors = (await host.received()).filter((m) => m.data.type === 'error').map((m) => m.data);
  expect(errors.map((e) => e.payload.code)).toEqual(['invalidMessage', 'unsupportedVersion', 'invalidMessage']);
  expect(errors[1].requestId).toBe('r-9');
  expect(errors[2].payload.message).toContain('sideways');
  await expect(host.frame.getByText('Connecting to the host…')).toBeVisible();
});

test('a page on an untrusted origin that frames the panel gets nothing and sees a refusal', async ({ page }) => {
  const host = await openHost(page, { hostOrigin: STRANGER });
  await expect(host.frame.getByRole('alert')).toContainText('not one of its trusted hosts');
  await page.waitForTimeout(800);
  expect(await host.received()).toEqual([]);
});

test('a host that stays silent gives hostTimeout and Save works again', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients, requestTimeoutMs: 1000 }));
  await fillManagement(host.frame, framed);
  const save = host.frame.getByRole('button', { name: 'Save', exact: true });
  await save.click();
  await host.waitFor('error');
  const submit = await host.last('submit');
  const error = await host.last('error');
  expect(error.payload.code).toBe('hostTimeout');
  expect(error.requestId).toBe(submit.requestId);
  await expect(host.frame.getByText('The host did not answer in time.')).toBeVisible();
  await expect(save).not.toHaveAttribute('aria-busy', 'true');
  await host.send(envelope('submitResult', { ok: true }, submit.requestId));
  await page.waitForTimeout(300);
  await expect(host.frame.getByText('Connection saved')).toHaveCount(0);
  await save.click();
  await expect.poll(async () => (await host.received()).filter((m) => m.data.type === 'submit').length).toBe(2);
});

test('two directly mounted panels each talk only to their own onMessage', async ({ page }) => {
  await page.goto(`${PANEL}/examples/mount.html`);
  const left = page.locator('#left');
  const right = page.locator('#right');
  await expect(right.getByRole('heading', { name: 'Edit connection' })).toBeVisible();
  await expect(left.getByRole('heading', { name: 'Create connection' })).toBeVisible();
  await left.getByLabel('Name your connection', { exact: true }).fill('Left only');
  await expect(right.getByLabel('Name your connection', { exact: true })).toHaveValue('Existing connection');
  await right.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(right.getByText('Connection saved')).toBeVisible();
  const messages = await page.evaluate(() => window.messages);
  expect(messages.right.filter((m) => m.type === 'submit')).toHaveLength(1);
  expect(messages.left.filter((m) => m.type === 'submit')).toHaveLength(0);
  expect(messages.left[0].type).toBe('ready');
  expect(messages.right.find((m) => m.type === 'submit').payload.connection.id).toBe('conn-7');
});
