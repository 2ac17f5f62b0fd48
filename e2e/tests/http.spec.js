import { test, expect } from '@playwright/test';
import { assertPanelMessage } from './schema.js';
import { fillManagement, label } from './panel.js';

const PANEL = 'http://127.0.0.1:4173';
const PLATFORM = 'http://127.0.0.1:4176';

// The platform's state is shared: these tests run one after another.
test.describe.configure({ mode: 'serial' });

const control = {
  reset: () => fetch(`${PLATFORM}/control/reset`, { method: 'POST' }),
  set: (patch) => fetch(`${PLATFORM}/control/set`, { method: 'POST', body: JSON.stringify(patch) }),
  state: async () => (await fetch(`${PLATFORM}/control/state`)).json(),
};

const panelUrl = (endpoint = `${PLATFORM}/api`) => {
  const url = new URL('/index.html', PANEL);
  url.searchParams.set('endpoint', endpoint);
  return url.href;
};

const fill = (page) =>
  fillManagement(page, {
    name: 'From the platform',
    tenant: 'https://manage.auth0.com/dashboard/jp/dev-6ljhqh2ct4wo15by/',
    client: 'Back-office integration',
  });

test.beforeEach(async () => {
  await control.reset();
});

test('init comes from GET, a client is saved, and the submit reaches the platform', async ({ page }) => {
  await page.goto(panelUrl());
  await expect(label(page, 'Name your connection')).toBeEnabled();
  await expect(page.getByText('Messages sent by the panel')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add OAuth 2.0 client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add OAuth 2.0 client' });
  await dialog.getByLabel('Name', { exact: true }).fill('Reporting');
  await dialog.getByLabel('Client ID', { exact: true }).fill('pub-reporting');
  await dialog.getByLabel('Client secret', { exact: true }).fill('s3cret-value');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(label(page, 'OAuth 2.0 client')).toHaveValue('client-new');
  await fill(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Connection saved')).toBeVisible();

  const { messages, seen } = await control.state();
  const save = messages.find((m) => m.type === 'saveOAuthClient');
  expect(save.payload.client).toEqual({ name: 'Reporting', clientId: 'pub-reporting', clientSecret: 's3cret-value' });
  const submit = messages.find((m) => m.type === 'submit');
  assertPanelMessage(submit);
  expect(submit.payload.connection).toMatchObject({
    name: 'From the platform',
    tenant: 'dev-6ljhqh2ct4wo15by',
    region: 'jp',
    oauthClientId: 'client-1',
  });
  expect(messages.some((m) => m.type === 'ready')).toBe(false);
  expect(seen.some((r) => r.method === 'OPTIONS' && r.path === '/api/messages')).toBe(true);
  expect(seen.filter((r) => r.method === 'POST').every((r) => r.origin === PANEL && r.cookie === 'platform-session=1')).toBe(true);
});

test('field errors from the platform appear beside the fields', async ({ page }) => {
  await control.set({ submit: 'fieldErrors' });
  await page.goto(panelUrl());
  await fill(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(label(page, 'Name your connection')).toHaveAccessibleDescription(/Names must be unique on the platform\./);
  await expect(page.getByText('The platform refused it.')).toBeVisible();
});

for (const [mode, text] of [
  ['500', 'status 500'],
  ['accepted', 'status 202'],
  ['malformed', 'answer is not valid'],
  ['huge', 'the limit for its type is 262144'],
  ['wrongTypes', '`ok`'],
]) {
  test(`a platform answer of kind "${mode}" shows its message and leaves the form as it was`, async ({ page }) => {
    await control.set({ submit: mode });
    await page.goto(panelUrl());
    await fill(page);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await save.click();
    await expect(page.getByRole('alert').filter({ hasText: text })).toBeVisible();
    await expect(label(page, 'Name your connection')).toHaveValue('From the platform');
    await expect(label(page, 'Region')).toHaveValue('jp');
    await expect(save).not.toHaveAttribute('aria-busy', 'true');
  });
}

test('a platform that never answers gives hostTimeout', async ({ page }) => {
  await control.set({ submit: 'timeout', init: { protocol: 'auth0-connection-panel', version: 1, type: 'init',
    payload: { mode: 'create', requestTimeoutMs: 1000, oauthClients: [{ id: 'client-1', name: 'Back-office integration', clientId: 'p' }] } } });
  await page.goto(panelUrl());
  await fill(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The host did not answer in time.')).toBeVisible();
  await expect(label(page, 'Name your connection')).toHaveValue('From the platform');
  await expect.poll(async () => (await control.state()).messages.some((m) => m.type === 'error' && m.payload.code === 'hostTimeout')).toBe(true);
});

test('a failing init shows its status and Try again loads it', async ({ page }) => {
  await control.set({ initFailures: 1 });
  await page.goto(panelUrl());
  await expect(page.getByText(/status 500/)).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(label(page, 'Name your connection')).toBeEnabled();
});

test('a platform that fails a submit once and then recovers: Save again saves, nothing typed is lost', async ({ page }) => {
  await control.set({ submitFailures: 1 });
  await page.goto(panelUrl());
  await fill(page);
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await save.click();
  await expect(page.getByRole('alert').filter({ hasText: 'status 500' })).toBeVisible();
  await expect(label(page, 'Name your connection')).toHaveValue('From the platform');
  await expect(label(page, 'OAuth 2.0 client')).toHaveValue('client-1');
  await save.click();
  await expect(page.getByText('Connection saved')).toBeVisible();
  const submits = (await control.state()).messages.filter((m) => m.type === 'submit');
  expect(submits).toHaveLength(2);
  expect(submits[1].payload.connection).toEqual(submits[0].payload.connection);
});
