// Accessibility: axe-core (WCAG 2.2 AA) on the panel in each state, light and dark.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PanelPage } from './panel.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page, state) {
  const results = await new AxeBuilder({ page }).include('.acp-panel').withTags(TAGS).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations in ${state}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark']) {
  test(`no WCAG 2.2 AA violations in any state (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const panel = new PanelPage(page);
    await panel.open();
    await expectNoViolations(page, 'the empty Management form');

    await panel.save.click();
    await expect(panel.ui.getByText('Enter a name for the connection.')).toBeVisible();
    await expectNoViolations(page, 'Management with errors');

    await panel.apiType('My account').check();
    await expectNoViolations(page, 'My account with errors');

    await page.getByRole('button', { name: 'Add OAuth 2.0 client' }).click();
    await expect(page.getByRole('dialog', { name: 'Add OAuth 2.0 client' })).toBeVisible();
    await expectNoViolations(page, 'the client dialog');
    await page.keyboard.press('Escape');

    await panel.scopeButton.click();
    const scopes = page.getByRole('dialog', { name: 'Scopes' });
    await scopes.getByRole('checkbox', { name: 'read:me:factors', exact: true }).check();
    await expectNoViolations(page, 'the scope picker');
    await page.keyboard.press('Escape');

    await panel.name.fill('Unsaved');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('alertdialog', { name: 'Discard changes?' })).toBeVisible();
    await expectNoViolations(page, 'the discard dialog');
    await page.getByRole('button', { name: 'Keep editing' }).click();

    await page.getByRole('radio', { name: 'HTTP', exact: true }).check();
    await expectNoViolations(page, 'the HTTP view');
    await page.getByRole('radio', { name: 'Simple', exact: true }).check();

    await panel.apiType('Management').check();
    await panel.tenant.fill('dev-6ljhqh2ct4wo15by.eu.auth0.com');
    await panel.tenant.blur();
    await panel.client.selectOption({ label: 'Back-office integration' });
    await panel.save.click();
    await expect(panel.ui.getByText('Connection saved')).toBeVisible();
    await expectNoViolations(page, 'the saved state');
  });
}
