// A page object for the panel, speaking only in the labels and roles a person sees.
import { expect } from '@playwright/test';

/** The field a person finds by its exact label, in a page, a frame or a part of either. */
export const label = (ui, name) => ui.getByLabel(name, { exact: true });

/** Fills a Management connection as a person would; the tenant is normalised on blur. */
export async function fillManagement(ui, { name, tenant, client }) {
  await label(ui, 'Name your connection').fill(name);
  await label(ui, 'Tenant domain').fill(tenant);
  await label(ui, 'Tenant domain').blur();
  if (client) await label(ui, 'OAuth 2.0 client').selectOption({ label: client });
}

export class PanelPage {
  constructor(page) {
    this.page = page;
    // The panel alone: the standalone page's message log repeats its texts.
    this.ui = page.locator('.acp-panel');
    this.name = page.getByLabel('Name your connection', { exact: true });
    this.tenant = page.getByLabel('Tenant domain', { exact: true });
    this.region = page.getByLabel('Region', { exact: true });
    this.client = page.getByLabel('OAuth 2.0 client', { exact: true });
    this.audience = page.getByLabel('Audience', { exact: true });
    this.apiAudience = page.getByLabel('API audience', { exact: true });
    this.grantType = page.getByLabel('Grant type', { exact: true });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.scopeButton = page.getByRole('button', { name: 'Scope', exact: true });
  }

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Create connection' })).toBeVisible();
    await expect(this.name).toBeEnabled();
  }

  apiType(label) {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** The messages the standalone page logged, parsed. */
  async sentMessages() {
    const bodies = await this.page.locator('.acp-log-body').allTextContents();
    return bodies.map((b) => JSON.parse(b)).reverse();
  }
}
