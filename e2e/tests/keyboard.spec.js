// A person who uses only the keyboard creates a My account connection with scopes, up to submit.
import { test, expect } from '@playwright/test';
import { PanelPage } from './panel.js';

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page, target, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the target was not reached with Tab');
}

test('keyboard only: a My account connection with scopes, from start to submit', async ({ page }) => {
  const panel = new PanelPage(page);
  await panel.open();
  await tabTo(page, panel.name);
  await page.keyboard.type('Keyboard connection');
  await page.keyboard.press('Tab');
  await expect(panel.apiType('Management')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(panel.apiType('My account')).toBeChecked();
  await tabTo(page, panel.tenant);
  await page.keyboard.type('https://manage.auth0.com/dashboard/eu/dev-6ljhqh2ct4wo15by/');
  await page.keyboard.press('Tab');
  await expect(panel.tenant).toHaveValue('dev-6ljhqh2ct4wo15by');
  await expect(panel.region).toHaveValue('eu');
  await tabTo(page, panel.client);
  await page.keyboard.press('ArrowDown');
  await expect(panel.client).not.toHaveValue('');
  await tabTo(page, panel.scopeButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Scopes' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('checkbox', { name: 'create:me:authentication_methods', exact: true }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('checkbox', { name: 'read:me:factors', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, dialog.getByRole('button', { name: 'Add checked scopes' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('1 scope added');
  await tabTo(page, dialog.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel.scopeButton).toBeFocused();
  await tabTo(page, panel.save);
  await page.keyboard.press('Enter');
  await expect(panel.ui.getByText('Connection saved')).toBeVisible();
  const submit = (await panel.sentMessages()).find((m) => m.type === 'submit');
  expect(submit.payload.connection).toMatchObject({ name: 'Keyboard connection', apiType: 'myAccount', scopes: ['read:me:factors'] });
});
