// Languages: the host picks one with init.locale (or the browser's languages decide), may reword
// any message with init.strings, and a later init switches language without losing what the
// person typed. Expected words come from the locale files the panel ships.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { clients, envelope, openHost } from './host.js';

const catalogue = (tag) => JSON.parse(readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url)));
const en = catalogue('en');
const de = catalogue('de');
const ar = catalogue('ar');
const ja = catalogue('ja');
const fr = catalogue('fr');
const frCA = catalogue('fr-CA');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const init = (extra = {}) => envelope('init', { mode: 'create', oauthClients: clients, ...extra });
const plural = (forms, n) => forms[new Intl.PluralRules(n.lang).select(n.count)] ?? forms.other;

async function openIn(page, extra) {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(init(extra));
  return host;
}

test('ready lists the locales the panel ships', async ({ page }) => {
  const host = await openHost(page);
  await host.waitFor('ready');
  const { locales } = (await host.last('ready')).payload;
  expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'fr-CA', 'es', 'pt-BR', 'ja', 'ar']));
});

test('init.locale switches every visible string, keeps what was typed, and switches back', async ({ page }) => {
  const host = await openIn(page, {});
  const ui = host.frame;
  await ui.getByLabel(en['field.name.label'], { exact: true }).fill('Mein Tenant');
  await host.send(init({ locale: 'de-AT' }));
  await expect(ui.getByRole('heading', { name: de['panel.title.create'] })).toBeVisible();
  await expect(ui.locator('.acp-panel')).toHaveAttribute('lang', 'de');
  await expect(ui.locator('.acp-panel')).toHaveAttribute('dir', 'ltr');
  const name = ui.getByLabel(de['field.name.label'], { exact: true });
  await expect(name).toHaveValue('Mein Tenant');
  await expect(ui.getByLabel(de['field.tenant.label'], { exact: true })).toBeVisible();
  await expect(ui.getByRole('option', { name: de['field.region.placeholder'] })).toBeAttached();

  // A validation error, in German.
  await name.fill('');
  await ui.getByRole('button', { name: de['action.save'], exact: true }).click();
  await expect(ui.getByText(de['error.name.empty'])).toBeVisible();

  // The scope picker and its live announcement.
  await ui.getByRole('radio', { name: de['apiType.myAccount'], exact: true }).check();
  await ui.getByRole('button', { name: de['field.scope.label'], exact: true }).click();
  const dialog = ui.getByRole('dialog', { name: de['picker.title'] });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'read:me:factors', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'offline_access', exact: true }).check();
  await dialog.getByRole('button', { name: de['picker.addChecked'] }).click();
  const added = plural(de['picker.added'], { lang: 'de', count: 2 }).replace('{count}', '2');
  await expect(dialog.getByRole('status')).toHaveText(added);
  await dialog.getByRole('button', { name: de['action.cancel'], exact: true }).click();

  await host.send(init({ locale: 'en' }));
  await expect(ui.getByRole('heading', { name: en['panel.title.create'] })).toBeVisible();
  await expect(ui.locator('.acp-panel')).toHaveAttribute('lang', 'en');
});

test('Arabic lays the panel out right to left, with mirrored transfer buttons, and axe finds nothing', async ({ page }) => {
  const host = await openIn(page, { locale: 'ar' });
  const ui = host.frame;
  await expect(ui.getByRole('heading', { name: ar['panel.title.create'] })).toBeVisible();
  await expect(ui.locator('.acp-panel')).toHaveAttribute('dir', 'rtl');
  await expect(ui.locator('.acp-panel')).toHaveAttribute('lang', 'ar');
  const name = ui.getByLabel(ar['field.name.label'], { exact: true });
  const label = ui.locator('.acp-label', { hasText: ar['field.name.label'] });
  const [field, text] = [await name.boundingBox(), await label.first().boundingBox()];
  expect(text.x + text.width, 'the label starts at the right edge').toBeGreaterThan(field.x + field.width - 40);
  await ui.getByRole('radio', { name: ar['apiType.myAccount'], exact: true }).check();
  await ui.getByRole('button', { name: ar['field.scope.label'], exact: true }).click();
  const dialog = ui.getByRole('dialog', { name: ar['picker.title'] });
  const available = await dialog.getByRole('heading', { name: ar['picker.available.title'] }).boundingBox();
  const selected = await dialog.getByRole('heading', { name: ar['picker.selected.title'] }).boundingBox();
  expect(available.x, 'available scopes on the right in RTL').toBeGreaterThan(selected.x);
  const results = await new AxeBuilder({ page }).include('#panel').withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('Japanese from the browser’s languages when the host names no locale; axe finds nothing', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const host = await openIn(page, {});
  await expect(host.frame.getByRole('heading', { name: ja['panel.title.create'] })).toBeVisible();
  await expect(host.frame.locator('.acp-panel')).toHaveAttribute('lang', 'ja');
  await host.frame.getByRole('button', { name: ja['action.save'], exact: true }).click();
  await expect(host.frame.getByText(ja['error.name.empty'])).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#panel').withTags(TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('fr-CA takes its own wording where it differs and French elsewhere', async ({ page }) => {
  const host = await openIn(page, { locale: 'fr-CA' });
  expect(frCA['apiType.management.hint']).not.toBe(fr['apiType.management.hint']);
  await expect(host.frame.getByText(frCA['apiType.management.hint'])).toBeVisible();
  await expect(host.frame.getByRole('heading', { name: fr['panel.title.create'] })).toBeVisible();
  await expect(host.frame.locator('.acp-panel')).toHaveAttribute('lang', 'fr-CA');
  await host.send(init({ locale: 'fr' }));
  await expect(host.frame.getByText(fr['apiType.management.hint'])).toBeVisible();
  await expect(host.frame.locator('.acp-panel')).toHaveAttribute('lang', 'fr');
});

test('init.strings rewords a label, which becomes the accessible name, in any locale', async ({ page }) => {
  const host = await openIn(page, { locale: 'de', strings: { 'field.name.label': 'Verbindungsname (intern)' } });
  await expect(host.frame.getByRole('textbox', { name: 'Verbindungsname (intern)', exact: true })).toBeVisible();
  await expect(host.frame.getByLabel(de['field.tenant.label'], { exact: true })).toBeVisible();
});

test('bad strings or locale are invalidMessage naming what is wrong', async ({ page }) => {
  const host = await openIn(page, {});
  await host.send(init({ strings: { 'field.name.lable': 'Name' } }));
  await expect.poll(async () => (await host.last('error'))?.payload.message ?? '').toContain('field.name.lable');
  expect((await host.last('error')).payload.code).toBe('invalidMessage');
  await host.send(init({ strings: { 'field.name.label': 42 } }));
  await expect.poll(async () => (await host.last('error'))?.payload.message ?? '').toContain('strings.field.name.label');
  await host.send(init({ locale: 'en_US' }));
  await expect.poll(async () => (await host.last('error'))?.payload.message ?? '').toContain('en_US');
});

for (const colorScheme of ['light', 'dark']) {
  for (const tag of ['ar', 'ja']) {
    test(`screenshots: ${tag}, ${colorScheme}`, async ({ page }) => {
      const words = catalogue(tag);
      await page.setViewportSize({ width: 1100, height: 1000 });
      await page.emulateMedia({ colorScheme });
      const host = await openIn(page, { locale: tag, theme: colorScheme });
      const ui = host.frame;
      await ui.getByLabel(words['field.name.label'], { exact: true }).fill(tag === 'ar' ? 'مستأجر الإنتاج' : '本番テナント');
      await ui.getByLabel(words['field.tenant.label'], { exact: true }).fill('dev-6ljhqh2ct4wo15by.eu.auth0.com');
      await ui.getByLabel(words['field.tenant.label'], { exact: true }).blur();
      await ui.getByRole('radio', { name: words['apiType.myAccount'], exact: true }).check();
      await page.locator('#panel').screenshot({ path: `screenshots/panel-${tag}-${colorScheme}.png` });
      await ui.getByRole('button', { name: words['field.scope.label'], exact: true }).click();
      const dialog = ui.getByRole('dialog', { name: words['picker.title'] });
      await dialog.getByRole('checkbox', { name: 'read:me:profile', exact: true }).check();
      await dialog.getByRole('button', { name: words['picker.addChecked'] }).click();
      await page.locator('#panel').screenshot({ path: `screenshots/picker-${tag}-${colorScheme}.png` });
    });
  }
}
