// The crashed state, on the e2e build (feature `e2e-forced-panic`): Save with the connection name
// "Force a panic" panics inside the panel.
import { test, expect } from '@playwright/test';
import { clients, envelope, openHost } from './host.js';
import { assertPanelMessage } from './schema.js';
import { fillManagement, label } from './panel.js';

const E2E_PANEL = 'http://127.0.0.1:4178';

test('a panic shows the crashed state, tells the host, and a reload brings the draft back', async ({ page }) => {
  // A same-site host: a cross-site frame may be denied storage, and then no draft survives anything.
  const sameSite = 'http://127.0.0.1:4174';
  const host = await openHost(page, { panel: E2E_PANEL, hostOrigin: sameSite, trusted: sameSite });
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await fillManagement(host.frame, {
    name: 'Force a panic',
    tenant: 'dev-6ljhqh2ct4wo15by.eu.auth0.com',
    client: 'Self-service portal',
  });
  const panelFrame = page.frame({ url: /127\.0\.0\.1:4178/ });
  const draft = () => panelFrame.evaluate(() => Object.entries(sessionStorage).find(([k]) => k.includes(':draft:'))?.[1] ?? '');
  await expect.poll(draft).toContain('client-2');

  await host.frame.getByRole('button', { name: 'Save', exact: true }).click();

  const alert = host.frame.getByRole('alert').filter({ hasText: 'The panel stopped working' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Reload it to continue');
  await expect(label(host.frame, 'Name your connection')).toHaveCount(0);
  await host.waitFor('error');
  const crashed = await host.last('error');
  assertPanelMessage(crashed);
  expect(crashed.payload.code).toBe('panelCrashed');
  expect(await host.last('submit')).toBeUndefined();

  const before = (await host.received()).filter((m) => m.data.type === 'ready').length;
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect
    .poll(async () => (await host.received()).filter((m) => m.data.type === 'ready').length)
    .toBeGreaterThan(before);
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await expect(host.frame.getByText('Your unsaved changes were restored')).toBeVisible();
  await expect(label(host.frame, 'Name your connection')).toHaveValue('Force a panic');
  await expect(label(host.frame, 'Tenant domain')).toHaveValue('dev-6ljhqh2ct4wo15by');
  await expect(label(host.frame, 'Region')).toHaveValue('eu');
  await expect(label(host.frame, 'OAuth 2.0 client')).toHaveValue('client-2');
  // The panel works again: a valid name saves.
  await label(host.frame, 'Name your connection').fill('After the crash');
  await host.frame.getByRole('button', { name: 'Save', exact: true }).click();
  await host.waitFor('submit');
  expect((await host.last('submit')).payload.connection.name).toBe('After the crash');
});

test('mounted directly: a panic shows the crashed state in every panel of the module and tells each host', async ({ page }) => {
  await page.goto(`${E2E_PANEL}/examples/mount.html`);
  const left = page.locator('#left');
  const right = page.locator('#right');
  await expect(label(left, 'Name your connection')).toBeEnabled();
  await expect(label(right, 'Name your connection')).toBeEnabled();
  await fillManagement(left, {
    name: 'Force a panic',
    tenant: 'dev-6ljhqh2ct4wo15by.eu.auth0.com',
    client: 'Back-office integration',
  });
  await left.getByRole('button', { name: 'Save', exact: true }).click();

  for (const [panel, id] of [[left, 'left'], [right, 'right']]) {
    const alert = panel.getByRole('alert').filter({ hasText: 'The panel stopped working' });
    await expect(alert).toBeVisible();
    // The host's page is reloaded to recover; there is no reload button in someone else's page.
    await expect(alert).toContainText('Reload the page to continue');
    await expect(alert.getByRole('button')).toHaveCount(0);
    await expect(label(panel, 'Name your connection')).toHaveCount(0);
    await expect
      .poll(() => page.evaluate((key) => window.messages[key].filter((m) => m.type === 'error').map((m) => m.payload.code), id))
      .toEqual(['panelCrashed']);
    const crashed = await page.evaluate((key) => window.messages[key].find((m) => m.type === 'error'), id);
    assertPanelMessage(crashed);
  }
  expect(await page.evaluate(() => window.messages.left.some((m) => m.type === 'submit'))).toBe(false);
  // The host may still call the crashed panel: the call returns, nothing throws, nothing is sent.
  const sentBefore = await page.evaluate(() => window.messages.right.length);
  const thrown = await page.evaluate(() => {
    try {
      window.panels.right.post({ protocol: 'auth0-connection-panel', version: 1, type: 'requestValidate' });
      window.panels.left.unmount();
      return null;
    } catch (error) {
      return String(error);
    }
  });
  expect(thrown).toBeNull();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.messages.right.length)).toBe(sentBefore);
  // A new mount on the crashed module is refused with a reason, not left connecting forever.
  const remount = await page.evaluate(async () => {
    const { mount } = await import('../auth0-connection-panel.js');
    const element = document.createElement('div');
    document.body.append(element);
    try {
      await mount(element, { onMessage() {} });
      return 'mounted';
    } catch (error) {
      return error.message;
    }
  });
  expect(remount).toContain('reload the page');
});
