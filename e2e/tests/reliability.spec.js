// Hosts that do not follow the handshake's happy path: an early init, a late one, a second one.
import { test, expect } from '@playwright/test';
import { HOST, PANEL, clients, envelope } from './host.js';
import { label } from './panel.js';


async function open(page, early) {
  const panelUrl = new URL('/index.html', PANEL);
  panelUrl.searchParams.append('hostOrigin', HOST);
  const hostUrl = new URL('/frame.html', HOST);
  hostUrl.searchParams.set('panel', panelUrl.href);
  if (early) hostUrl.searchParams.set('early', JSON.stringify(early));
  await page.goto(hostUrl.href);
  const received = () => page.evaluate(() => window.received);
  const count = async (type) => (await received()).filter((m) => m.data.type === type).length;
  return { frame: page.frameLocator('#panel'), send: (m) => page.evaluate((x) => window.sendToPanel(x), m), count };
}

test('an init sent before the panel listens is not needed: the panel asks again and the answer to ready works', async ({ page }) => {
  const host = await open(page, envelope('init', { mode: 'create', oauthClients: clients, existingNames: ['Early'] }));
  await expect.poll(() => host.count('ready')).toBeGreaterThan(0);
  await host.send(envelope('init', { mode: 'create', oauthClients: clients, existingNames: ['Early'] }));
  await label(host.frame, 'Name your connection').fill('early');
  await label(host.frame, 'Name your connection').blur();
  await expect(host.frame.getByText("A connection named “early” already exists.")).toBeVisible();
  expect(await host.count('error')).toBe(0);
});

test('a host silent at first gets “did not answer”, and its late init still opens the form', async ({ page }) => {
  test.setTimeout(60_000);
  const host = await open(page);
  await expect(host.frame.getByText('Connecting to the host…')).toBeVisible();
  // The panel re-sends ready every half second, then gives up after ten seconds.
  await expect(host.frame.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 20_000 });
  expect(await host.count('ready')).toBeGreaterThan(1);
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await expect(label(host.frame, 'Name your connection')).toBeEnabled();
  await expect(host.frame.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});

test('Try again after silence asks the host again', async ({ page }) => {
  test.setTimeout(60_000);
  const host = await open(page);
  const again = host.frame.getByRole('button', { name: 'Try again' });
  await expect(again).toBeVisible({ timeout: 20_000 });
  const before = await host.count('ready');
  await again.click();
  await expect(host.frame.getByText('Connecting to the host…')).toBeVisible();
  await expect.poll(() => host.count('ready')).toBeGreaterThan(before);
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await expect(label(host.frame, 'Name your connection')).toBeEnabled();
});

test('a second init for the same connection keeps what the person typed', async ({ page }) => {
  const host = await open(page);
  await expect.poll(() => host.count('ready')).toBeGreaterThan(0);
  const init = envelope('init', { mode: 'create', oauthClients: clients });
  await host.send(init);
  await label(host.frame, 'Name your connection').fill('Typed before the second init');
  await label(host.frame, 'Tenant domain').fill('dev-6ljhqh2ct4wo15by.au.auth0.com');
  await label(host.frame, 'Tenant domain').blur();
  await host.send(init);
  await expect(label(host.frame, 'Name your connection')).toHaveValue('Typed before the second init');
  await expect(label(host.frame, 'Region')).toHaveValue('au');
  expect(await host.count('error')).toBe(0);
});
