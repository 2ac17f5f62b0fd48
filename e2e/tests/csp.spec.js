// The built panel under the strict Content-Security-Policy of the README (served by serve.mjs
// --csp): no 'unsafe-inline', no 'unsafe-eval', style-src 'self'. Any violation fails the test.
import { test, expect } from '@playwright/test';
import { PanelPage } from './panel.js';
import { clients, envelope, openHost } from './host.js';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
});

const violations = (target) => target.evaluate(() => window.cspViolations);

test('the standalone panel, its dialogs and the scope picker run without a violation', async ({ page }) => {
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const panel = new PanelPage(page);
  await expect(panel.ui.getByRole('heading', { name: 'Create connection' })).toBeVisible();
  await expect(panel.name).toBeEnabled();
  await panel.save.click();
  await panel.apiType('My account').check();
  await panel.scopeButton.click();
  await page.getByRole('dialog', { name: 'Scopes' }).getByRole('button', { name: 'Add all scopes' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add OAuth 2.0 client' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'HTTP', exact: true }).check();
  expect(await violations(page)).toEqual([]);
});

test('a framed panel with host theme tokens runs without a violation', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients, theme: 'dark', themeTokens: { '--acp-accent': '#7c3aed' } }));
  await expect(host.frame.getByLabel('Name your connection', { exact: true })).toBeEnabled();
  const accent = await host.frame.locator('.acp-panel').evaluate((el) => getComputedStyle(el).getPropertyValue('--acp-accent'));
  expect(accent.trim()).toBe('#7c3aed');
  const frame = page.frames().find((f) => f.url().includes('127.0.0.1:4173'));
  expect(await violations(frame)).toEqual([]);
});

test('two directly mounted panels run without a violation', async ({ page }) => {
  await page.goto('/examples/mount.html');
  await expect(page.locator('#right').getByRole('heading', { name: 'Edit connection' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
