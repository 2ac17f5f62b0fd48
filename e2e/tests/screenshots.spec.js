// Screenshots of both API types, light and dark, narrow and wide, for a person to look at.
// They land in e2e/screenshots/ (git-ignored); the test checks the layout does not overflow.
import { test, expect } from '@playwright/test';
import { PanelPage } from './panel.js';

for (const colorScheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`screenshots: ${colorScheme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      const panel = new PanelPage(page);
      await panel.open();
      await panel.name.fill('Auth0 EU production');
      await panel.tenant.fill('dev-6ljhqh2ct4wo15by.eu.auth0.com');
      await panel.tenant.blur();
      await panel.client.selectOption({ label: 'Back-office integration' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `screenshots/management-${colorScheme}-${width}.png`, fullPage: true });
      await panel.apiType('My account').check();
      await panel.save.click();
      await expect(panel.ui.getByText('Select at least one scope.')).toBeVisible();
      await page.screenshot({ path: `screenshots/my-account-${colorScheme}-${width}.png`, fullPage: true });
    });
  }
}
