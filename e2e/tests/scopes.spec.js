import { test, expect } from '@playwright/test';
import { PanelPage } from './panel.js';
import { assertPanelMessage } from './schema.js';

async function fillMyAccount(panel) {
  await panel.name.fill('Self-service');
  await panel.apiType('My account').check();
  await panel.tenant.fill('https://manage.auth0.com/dashboard/us/dev-6ljhqh2ct4wo15by/');
  await panel.tenant.blur();
  await panel.client.selectOption({ label: 'Self-service portal' });
}

test('the My account form is completed through the scope picker and saved', async ({ page }) => {
  const panel = new PanelPage(page);
  await panel.open();
  await fillMyAccount(panel);
  await panel.scopeButton.click();
  const dialog = page.getByRole('dialog', { name: 'Scopes' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'offline_access', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'read:me:factors', exact: true }).check();
  await dialog.getByRole('button', { name: 'Add checked scopes' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 scopes added');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.scopeButton).toBeFocused();
  await expect(panel.ui.getByText('2 scopes selected')).toBeVisible();
  await panel.save.click();
  await expect(panel.ui.getByText('Connection saved')).toBeVisible();

  const submit = (await panel.sentMessages()).find((m) => m.type === 'submit');
  assertPanelMessage(submit);
  expect(submit.payload.connection).toMatchObject({
    apiType: 'myAccount',
    region: 'us',
    grantType: 'authorizationCodePkce',
    scopes: ['read:me:factors', 'offline_access'],
    audience: 'https://dev-6ljhqh2ct4wo15by.us.auth0.com/me/',
  });
  expect(submit.payload.pkce.codeChallengeMethod).toBe('S256');
  expect(submit.payload.pkce.codeVerifier).toBe('••••••'); // masked in the page's log
  expect(submit.payload.authorization.authorizeUrl).toContain('code_challenge=');
});

// The picker open on a filled My account form, every scope added but not yet saved.
async function pickerWithEveryScopeAdded(page) {
  const panel = new PanelPage(page);
  await panel.open();
  await fillMyAccount(panel);
  await panel.scopeButton.click();
  const dialog = page.getByRole('dialog', { name: 'Scopes' });
  await dialog.getByRole('button', { name: 'Add all scopes' }).click();
  await expect(dialog.getByRole('status')).toHaveText('13 scopes added');
  return { panel, dialog };
}

// The picker closed without keeping its changes, and focus back on the button that opened it.
async function expectDiscarded({ panel, dialog }) {
  await expect(dialog).toBeHidden();
  await expect(panel.ui.getByText('No scopes selected')).toBeVisible();
  await expect(panel.scopeButton).toBeFocused();
}

test('Escape discards the changes made in the picker', async ({ page }) => {
  const picker = await pickerWithEveryScopeAdded(page);
  await page.keyboard.press('Escape');
  await expectDiscarded(picker);
});

test('a click on the backdrop discards like Escape; a click inside the dialog does not', async ({ page }) => {
  const picker = await pickerWithEveryScopeAdded(page);
  // On the dialog's own border: the click's target is the dialog element itself, but inside its
  // box, so not the backdrop.
  const box = await picker.dialog.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + 0.5);
  await expect(picker.dialog).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, Math.max(1, box.y - 8));
  await expectDiscarded(picker);
});

test('a keyboard-only person picks scopes with arrows and Space', async ({ page }) => {
  const panel = new PanelPage(page);
  await panel.open();
  await fillMyAccount(panel);
  await panel.scopeButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Scopes' });
  await expect(dialog).toBeVisible();
  const first = dialog.getByRole('checkbox', { name: 'create:me:authentication_methods', exact: true });
  await first.focus();
  await page.keyboard.press('End');
  await expect(dialog.getByRole('checkbox', { name: 'offline_access', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Add checked scopes' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('2 scopes added');
  const selected = dialog.getByRole('list', { name: 'Selected scopes' });
  await expect(selected.getByRole('checkbox')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.ui.getByText('2 scopes selected')).toBeVisible();
});
