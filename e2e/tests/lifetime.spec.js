// A directly mounted panel lives until the host calls unmount(), like anything else on its page:
// not only while the host holds the handle mount() gave it.
import { test, expect } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.js';

// `gc()` in the page, so that a handle nobody holds is really collected.
test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: [...chromiumArgs, '--js-flags=--expose-gc'] } });

async function collectGarbage(page) {
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => gc());
    await page.waitForTimeout(200);
  }
}

test('a panel whose handle the host drops stays mounted and working', async ({ page }) => {
  await page.goto('/examples/mount.html');
  await expect(page.locator('#left').getByLabel('Name your connection', { exact: true })).toBeVisible();
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

test('unmount() still removes a panel, and a collected handle changes nothing for the others', async ({ page }) => {
  await page.goto('/examples/mount.html');
  const left = page.locator('#left');
  await expect(left.getByLabel('Name your connection', { exact: true })).toBeVisible();
  await page.evaluate(() => window.panels.left.unmount());
  await collectGarbage(page);
  await expect(left.getByLabel('Name your connection', { exact: true })).toHaveCount(0);
  await expect(left).toBeEmpty();
  await expect(page.locator('#right').getByLabel('Name your connection', { exact: true })).toHaveValue('Existing connection');
});
