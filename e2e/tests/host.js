// Helpers for the host-contract tests: a host page framing the panel, and protocol envelopes.
import { expect } from '@playwright/test';

export const PANEL = 'http://127.0.0.1:4173';
export const HOST = 'http://localhost:4174';
export const STRANGER = 'http://127.0.0.1:4175';

export const envelope = (type, payload, requestId) => ({
  protocol: 'auth0-connection-panel',
  version: 1,
  type,
  ...(requestId ? { requestId } : {}),
  payload,
});

export const clients = [
  { id: 'client-1', name: 'Back-office integration', clientId: 'pub-client-1' },
  { id: 'client-2', name: 'Self-service portal', clientId: 'pub-client-2' },
];

/** Opens `hostOrigin`'s frame.html framing the panel (served at `panel`), which trusts `trusted`. */
export async function openHost(page, { hostOrigin = HOST, trusted = HOST, third, panel = PANEL } = {}) {
  const panelUrl = new URL('/index.html', panel);
  panelUrl.searchParams.append('hostOrigin', trusted);
  const hostUrl = new URL('/frame.html', hostOrigin);
  hostUrl.searchParams.set('panel', panelUrl.href);
  if (third) hostUrl.searchParams.set('third', third);
  await page.goto(hostUrl.href);
  return {
    frame: page.frameLocator('#panel'),
    send: (message) => page.evaluate((m) => window.sendToPanel(m), message),
    received: () => page.evaluate(() => window.received),
    waitFor: (type) =>
      expect
        .poll(async () => (await page.evaluate(() => window.received)).filter((m) => m.data.type === type).length)
        .toBeGreaterThan(0),
    last: async (type) =>
      (await page.evaluate(() => window.received)).filter((m) => m.data.type === type).at(-1)?.data,
  };
}
