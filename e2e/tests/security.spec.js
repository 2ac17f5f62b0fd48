// Attacks on the panel's trust: links and frames naming unlisted hosts and endpoints, a platform's
// open redirect, the http transport framed, escaped theme tokens, an out-of-range timeout, the
// callback's referrer, and the panel served under a sub-path. The attacks run against the panel
// served with no Content-Security-Policy (127.0.0.1:4181) unless a test says otherwise, so what
// stops them is the panel, not a deployer's policy. The attacker's server records every request it
// gets, preflights included.
import { test, expect } from '@playwright/test';
import { HOST, STRANGER, clients, envelope, openHost } from './host.js';

const PANEL_WITH_CSP = 'http://127.0.0.1:4173';
const PANEL = 'http://127.0.0.1:4181';
const PLATFORM = 'http://127.0.0.1:4176';
const ATTACKER = 'http://127.0.0.1:4179';
const SUB_PATH = 'http://127.0.0.1:4180/apps/panel/';

// The platform's and the attacker's records are shared: these tests run one after another.
test.describe.configure({ mode: 'serial' });

// Each test looks at the requests a server got since the test started. The platform is shared
// with suites running in parallel, whose panel is on another origin: only requests from this
// panel's origin count there. The attacker's server is this suite's alone, and every request
// counts (a stylesheet's image fetch carries no Origin).
const server = (origin, from) => {
  const all = async () => (await (await fetch(`${origin}/control/state`)).json()).seen;
  let before = 0;
  return {
    mark: async () => (before = (await all()).length),
    seen: async () => (await all()).slice(before).filter((r) => !from || r.origin === from),
  };
};
const platform = server(PLATFORM, PANEL);
const attacker = server(ATTACKER);

test.beforeEach(async () => {
  await platform.mark();
  await attacker.mark();
});

const panelPage = (origin, params) => {
  const url = new URL('/index.html', origin);
  for (const [key, value] of params) url.searchParams.append(key, value);
  return url.href;
};

/** The refusal, and nothing a person could type into. */
async function expectRefusal(ui, text) {
  await expect(ui.getByRole('alert')).toContainText(text);
  await expect(ui.getByRole('textbox')).toHaveCount(0);
  await expect(ui.getByRole('combobox')).toHaveCount(0);
}

test('a link naming an unlisted endpoint and host gets the refusal, and the attacker no request at all', async ({ page }) => {
  await page.goto(panelPage(PANEL, [['endpoint', `${ATTACKER}/api`], ['hostOrigin', ATTACKER]]));
  await expectRefusal(page, ATTACKER);
  await page.goto(panelPage(PANEL, [['endpoint', `${ATTACKER}/api`]]));
  await expectRefusal(page, `${ATTACKER}/api`);
  await page.waitForTimeout(800);
  expect(await attacker.seen()).toEqual([]);
});

test('a page that frames the panel naming itself as host gets the refusal and no message', async ({ page }) => {
  const host = await openHost(page, { hostOrigin: STRANGER, trusted: STRANGER, panel: PANEL });
  await expectRefusal(host.frame, STRANGER);
  await page.waitForTimeout(800);
  expect(await host.received()).toEqual([]);
});

test('a listed endpoint with a query added is refused before any request', async ({ page }) => {
  const endpoint = `${PLATFORM}/api?to=${ATTACKER}/x`;
  await page.goto(panelPage(PANEL, [['endpoint', endpoint]]));
  await expectRefusal(page, endpoint);
  await page.waitForTimeout(800);
  expect(await platform.seen()).toEqual([]);
  expect(await attacker.seen()).toEqual([]);
});

test('a listed endpoint that redirects elsewhere is not followed: the redirect is shown and nothing goes there', async ({ page }) => {
  await page.goto(panelPage(PANEL, [['endpoint', `${PLATFORM}/moved`]]));
  await expect(page.getByText(/redirect \(status 3xx\)/)).toBeVisible();
  await expect(page.getByLabel('Name your connection', { exact: true })).toBeDisabled();
  expect((await platform.seen()).map((r) => r.path)).toEqual(['/moved/init']);
  await page.waitForTimeout(500);
  expect(await attacker.seen()).toEqual([]);
});

test('the http transport refuses to run framed and makes no request', async ({ page }) => {
  const panel = panelPage(PANEL, [['endpoint', `${PLATFORM}/api`]]);
  await page.goto(`${STRANGER}/frame.html?panel=${encodeURIComponent(panel)}`);
  await expectRefusal(page.frameLocator('#panel'), 'never inside a frame');
  await page.waitForTimeout(800);
  expect(await platform.seen()).toEqual([]);
});

const hostileTokens = {
  '--acp-bg': `u\\72l(${ATTACKER}/theme-escaped)`,
  '--acp-surface': `\\75 rl(${ATTACKER}/theme-escaped-space)`,
  '--acp-surface-raised': `image-set("${ATTACKER}/theme-image-set" 1x)`,
  '--acp-accent-soft': `-webkit-image-set("${ATTACKER}/theme-webkit" 1x)`,
};

for (const [name, origin] of [['without', PANEL], ['with', PANEL_WITH_CSP]]) {
  test(`escaped and image-function theme tokens are not applied and fetch nothing (${name} a CSP)`, async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const host = await openHost(page, { panel: origin });
    await host.waitFor('ready');
    await host.send(envelope('init', { mode: 'create', oauthClients: clients, themeTokens: { ...hostileTokens, '--acp-accent': 'rgb(0 87 217)' } }));
    const name = host.frame.getByLabel('Name your connection', { exact: true });
    await expect(name).toBeEnabled();
    const style = await host.frame.locator('.acp-panel').evaluate((el) =>
      Object.fromEntries(['--acp-bg', '--acp-surface', '--acp-surface-raised', '--acp-accent-soft', '--acp-accent']
        .map((n) => [n, el.style.getPropertyValue(n)])));
    expect(style).toEqual({
      '--acp-bg': '', '--acp-surface': '', '--acp-surface-raised': '', '--acp-accent-soft': '', '--acp-accent': 'rgb(0 87 217)',
    });
    await page.waitForTimeout(800);
    expect(await attacker.seen()).toEqual([]);
    for (const token of Object.keys(hostileTokens)) expect(warnings.join('\n')).toContain(token);
  });
}

test('requestTimeoutMs beyond 600,000 is invalidMessage and the panel keeps working', async ({ page }) => {
  const host = await openHost(page, { panel: PANEL });
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients, requestTimeoutMs: 3e9 }));
  await host.waitFor('error');
  const error = await host.last('error');
  expect(error.payload.code).toBe('invalidMessage');
  expect(error.payload.message).toContain('requestTimeoutMs');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients, requestTimeoutMs: 600_000 }));
  await expect(host.frame.getByLabel('Name your connection', { exact: true })).toBeEnabled();
});

test('the callback page sends no referrer with the code to what it loads', async ({ page }) => {
  const referrers = [];
  page.on('request', async (request) => {
    if (request.url().endsWith('/callback.js')) referrers.push((await request.allHeaders()).referer ?? null);
  });
  await page.goto(`${PANEL_WITH_CSP}/callback.html?code=secret-code&state=some-state`);
  await expect.poll(() => referrers.length).toBe(1);
  expect(referrers).toEqual([null]);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

test('the panel served under a sub-path runs standalone and framed, with its callback beside it', async ({ page }) => {
  await page.goto(SUB_PATH);
  await expect(page.getByRole('heading', { name: 'Create connection' })).toBeVisible();
  await expect(page.locator('.acp-panel').getByLabel('Name your connection', { exact: true })).toBeEnabled();
  const panel = new URL('index.html', SUB_PATH);
  panel.searchParams.append('hostOrigin', HOST);
  await page.goto(`${HOST}/frame.html?panel=${encodeURIComponent(panel.href)}`);
  await expect.poll(() => page.evaluate(() => window.received.filter((m) => m.data.type === 'ready').length)).toBeGreaterThan(0);
  await page.evaluate((m) => window.sendToPanel(m), envelope('init', { mode: 'create', oauthClients: clients, authorize: 'panel' }));
  const frame = page.frameLocator('#panel');
  await frame.getByRole('radio', { name: 'My account', exact: true }).check();
  await expect(frame.getByText(`${new URL(SUB_PATH).origin}/apps/panel/callback.html`)).toBeVisible();
});
