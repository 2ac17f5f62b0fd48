// A directly mounted panel's life: its first `ready` comes once the host holds the handle mount()
// gave it, and it lives until the host calls unmount(), like anything else on its page: not only
// while the host holds that handle.
import { test, expect } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.js';

// `gc()` in the page, so that a handle nobody holds is really collected.
test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: [...chromiumArgs, '--js-flags=--expose-gc'] } });

// The example page with its two panels, both running.
async function openMountPage(page) {
  await page.goto('/examples/mount.html');
  await expect(page.locator('#left').getByLabel('Name your connection', { exact: true })).toBeVisible();
}

async function collectGarbage(page) {
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => gc());
    await page.waitForTimeout(200);
  }
}

test('the first ready reaches a host that already holds its handle, and the host answers it with the handle', async ({ page }) => {
  await openMountPage(page);
  const heard = await page.evaluate(async () => {
    const { mount } = await import('/auth0-connection-panel.js');
    const element = document.createElement('div');
    element.id = 'answering';
    document.body.append(element);
    let handle;
    return new Promise((resolve) => {
      // Not awaited: the handle arrives in the promise's first reaction, as with `await`.
      mount(element, {
        onMessage(message) {
          if (message.type !== 'ready') return;
          const held = handle !== undefined;
          handle?.post({ protocol: 'auth0-connection-panel', version: 1, type: 'init', payload: { mode: 'create', connection: { name: 'Answered' } } });
          resolve(held);
        },
      }).then((h) => {
        handle = h;
      });
    });
  });
  expect(heard).toBe(true);
  await expect(page.locator('#answering').getByLabel('Name your connection', { exact: true })).toHaveValue('Answered');
});

test('a panel whose handle the host drops stays mounted and working', async ({ page }) => {
  await openMountPage(page);
  await page.evaluate(async () => {
    const { mount } = await import('/auth0-connection-panel.js');
    const element = document.createElement('div');
    element.id = 'dropped';
    document.body.append(element);
    window.readies = 0;
    // The handle is not kept.
    await mount(element, { onMessage: (m) => { if (m.type === 'ready') window.readies += 1; } });
  });
  await collectGarbage(page);
  const name = page.locator('#dropped').getByLabel('Name your connection', { exact: true });
  await expect(name).toHaveCount(1);
  // Still running: without an `init` the handshake repeats `ready` every 500 ms.
  const heard = await page.evaluate(() => window.readies);
  await expect.poll(() => page.evaluate(() => window.readies)).toBeGreaterThan(heard);
});

test('unmount() still removes a panel and leaves the others running', async ({ page }) => {
  await page.goto('/examples/mount.html');
  const left = page.locator('#left');
  await expect(left.getByLabel('Name your connection', { exact: true })).toBeVisible();
  await page.evaluate(() => window.panels.left.unmount());
  await collectGarbage(page);
  await expect(left.getByLabel('Name your connection', { exact: true })).toHaveCount(0);
  await expect(left).toBeEmpty();
  await expect(page.locator('#right').getByLabel('Name your connection', { exact: true })).toHaveValue('Existing connection');
});

test('a panel mounted into a shadow root before it is on the page finds its own elements', async ({ page }) => {
  await openMountPage(page);
  await page.evaluate(async () => {
    const { mount } = await import('/auth0-connection-panel.js');
    const host = document.createElement('div');
    host.id = 'shadow-host';
    const element = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(element);
    // Mounted and given its `init` while nothing of it is on the page yet.
    window.shadowPanel = await mount(element, { onMessage() {} });
    window.shadowPanel.post({
      protocol: 'auth0-connection-panel',
      version: 1,
      type: 'init',
      payload: { mode: 'create', themeTokens: { '--acp-accent': 'rgb(1, 2, 3)' } },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    document.body.append(host);
  });
  const shadow = page.locator('#shadow-host');
  // The host's design tokens reached the panel's root.
  await expect
    .poll(() => page.evaluate(() => document.querySelector('#shadow-host').shadowRoot.querySelector('.acp-panel').style.getPropertyValue('--acp-accent')))
    .toBe('rgb(1, 2, 3)');
  // Its dialog opens, and focus goes back to the button that opened it.
  const add = shadow.getByRole('button', { name: 'Add OAuth 2.0 client' });
  await add.click();
  const dialog = shadow.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
});
