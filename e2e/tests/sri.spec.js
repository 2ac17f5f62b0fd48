// Subresource Integrity: a WebAssembly module changed on its way to the browser never runs, in the
// panel's own page or mounted directly; a later mount() fetches the module afresh.
import { test, expect } from '@playwright/test';

async function tamperWithTheModule(page) {
  await page.route('**/auth0-connection-panel-wasm_bg.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    body[body.length - 1] ^= 0x01;
    await route.fulfill({ response, body });
  });
}

const integrityRefusal = (page) => page.waitForEvent('console', (m) => /integrity/i.test(m.text()));

test('the panel’s page refuses a changed module', async ({ page }) => {
  await tamperWithTheModule(page);
  const refused = integrityRefusal(page);
  await page.goto('/');
  await refused;
  await page.waitForTimeout(500);
  await expect(page.getByLabel('Name your connection', { exact: true })).toHaveCount(0);
});

test('mount() refuses a changed module', async ({ page }) => {
  await tamperWithTheModule(page);
  const refused = integrityRefusal(page);
  const failures = [];
  page.on('pageerror', (e) => failures.push(String(e)));
  await page.goto('/examples/mount.html');
  await refused;
  await expect.poll(() => failures.length).toBeGreaterThan(0);
  await expect(page.getByLabel('Name your connection', { exact: true })).toHaveCount(0);
});

test('after a refused module, the next mount() fetches it again and mounts', async ({ page }) => {
  // Only the first fetch of the module is changed on its way, as by a flaky proxy.
  let tampered = false;
  await page.route('**/auth0-connection-panel-wasm_bg.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    if (!tampered) body[body.length - 1] ^= 0x01;
    tampered = true;
    await route.fulfill({ response, body });
  });
  const refused = integrityRefusal(page);
  await page.goto('/examples/mount.html');
  await refused;
  const mounted = await page.evaluate(async () => {
    const { mount } = await import('/auth0-connection-panel.js');
    const element = document.createElement('div');
    document.body.append(element);
    await mount(element, { onMessage() {}, instanceId: 'again' });
    return element.querySelectorAll('input').length;
  });
  expect(mounted).toBeGreaterThan(0);
  await expect(page.getByLabel('Name your connection', { exact: true })).toHaveCount(1);
});
