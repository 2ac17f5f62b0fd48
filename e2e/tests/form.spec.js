import { test, expect } from '@playwright/test';
import { PanelPage } from './panel.js';

test('a person fills the whole Management form and saves it', async ({ page }) => {
  const panel = new PanelPage(page);
  await panel.open();
  await panel.name.fill('Auth0 EU production');
  await expect(panel.apiType('Management')).toBeChecked();
  await panel.tenant.fill('https://manage.auth0.com/dashboard/eu/dev-6ljhqh2ct4wo15by/');
  await panel.tenant.blur();
  await expect(panel.tenant).toHaveValue('dev-6ljhqh2ct4wo15by');
  await expect(panel.region).toHaveValue('eu');
  await expect(panel.ui.getByText('dev-6ljhqh2ct4wo15by.eu.auth0.com', { exact: true })).toBeVisible();
  await panel.client.selectOption({ label: 'Back-office integration' });
  await expect(panel.audience).toHaveValue('https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/');
  await panel.save.click();
  await expect(panel.ui.getByText('Connection saved')).toBeVisible();

  const submit = (await panel.sentMessages()).find((m) => m.type === 'submit');
  expect(submit.payload.connection).toMatchObject({
    name: 'Auth0 EU production',
    apiType: 'management',
    tenant: 'dev-6ljhqh2ct4wo15by',
    region: 'eu',
    domain: 'dev-6ljhqh2ct4wo15by.eu.auth0.com',
    oauthClientId: 'client-backoffice',
    audience: 'https://dev-6ljhqh2ct4wo15by.eu.auth0.com/api/v2/',
    grantType: 'clientCredentials',
  });
  await expect(panel.name).toBeDisabled();
});

test('My account without a scope: Save reports the missing scope and focuses it', async ({ page }) => {
  const panel = new PanelPage(page);
  await panel.open();
  await panel.name.fill('Self-service');
  await panel.apiType('My account').check();
  await panel.tenant.fill('dev-6ljhqh2ct4wo15by.us.auth0.com');
  await panel.tenant.blur();
  await expect(panel.region).toHaveValue('us');
  await panel.client.selectOption({ label: 'Self-service portal' });
  await expect(panel.grantType).toHaveValue('authorizationCodePkce');
  await expect(panel.apiAudience).toHaveValue('https://dev-6ljhqh2ct4wo15by.us.auth0.com/me/');
  await panel.save.click();
  await expect(panel.ui.getByText('Select at least one scope.')).toBeVisible();
  await expect(panel.scopeButton).toBeFocused();
  expect((await panel.sentMessages()).some((m) => m.type === 'submit')).toBe(false);
});
