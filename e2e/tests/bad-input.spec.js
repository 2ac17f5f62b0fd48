// The bad-input matrix in the browser: what a host posts, what mount() is given, what the URL and
// session storage hold, and what a person types. Each gets a clear error, and nothing already
// entered is lost. (HTTP replies: http.spec.js.)
import { test, expect } from '@playwright/test';
import { HOST, PANEL, clients, envelope, openHost } from './host.js';
import { assertPanelMessage } from './schema.js';
import { fillManagement, label } from './panel.js';


async function typedPanel(page) {
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(envelope('init', { mode: 'create', oauthClients: clients }));
  await fillManagement(host.frame, { name: 'Typed by a person', tenant: 'dev-6ljhqh2ct4wo15by.eu.auth0.com' });
  return host;
}

const errors = async (host) => (await host.received()).filter((m) => m.data.type === 'error').map((m) => m.data);

const hostile = {
  'a string': () => 'init',
  'an array': () => [1, 2, 3],
  'an oversized init (over 2 MiB)': (e) => e('init', { mode: 'create', existingNames: ['x'.repeat(2100 * 1024)] }),
  'an oversized reply (over 256 KiB)': (e) => e('requestFailed', { message: 'x'.repeat(300 * 1024) }),
  'deeply nested JSON': (e) => {
    let deep = {};
    for (let i = 0; i < 1000; i++) deep = { a: deep };
    return e('init', { mode: 'create', themeTokens: deep });
  },
  'a cyclic object': (e) => {
    const message = e('init', { mode: 'create' });
    message.payload.self = message;
    return message;
  },
  'a wrong type in a field': (e) => e('init', { mode: 'create', oauthClients: [{ id: 7, name: 'C', clientId: 'p' }] }),
  'an unknown mode': (e) => e('init', { mode: 'destroy' }),
  'a javascript: redirect URI': (e) => e('init', { mode: 'create', redirectUri: 'javascript:alert(1)' }),
  'a data: redirect URI': (e) => e('init', { mode: 'create', redirectUri: 'data:text/html,<script>alert(1)</script>' }),
  'a reply without a requestId': (e) => e('submitResult', { ok: true }),
  'a future version': (e) => ({ ...e('init', { mode: 'create' }), version: 2 }),
};

test('every malformed host message gets its own error reply and the typed form stays', async ({ page }) => {
  const host = await typedPanel(page);
  for (const [what, make] of Object.entries(hostile)) {
    const before = (await errors(host)).length;
    await page.evaluate(
      ({ source }) => {
        const envelope = (type, payload) => ({ protocol: 'auth0-connection-panel', version: 1, type, payload });
        window.sendToPanel(new Function('e', `return (${source})(e)`)(envelope));
      },
      { source: make.toString() },
    );
    await expect.poll(async () => (await errors(host)).length, { message: what }).toBe(before + 1);
    const reply = (await errors(host)).at(-1);
    assertPanelMessage(reply);
    expect(['invalidMessage', 'unsupportedVersion'], what).toContain(reply.payload.code);
    expect(reply.payload.message.length, what).toBeGreaterThan(10);
  }
  await expect(label(host.frame, 'Name your connection')).toHaveValue('Typed by a person');
  await expect(label(host.frame, 'Region')).toHaveValue('eu');
});

test('the error replies say what is wrong', async ({ page }) => {
  const host = await typedPanel(page);
  const cases = [
    [envelope('init', { mode: 'create', oauthClients: [{ id: 7, name: 'C', clientId: 'p' }] }), '`oauthClients[0].id`'],
    [envelope('init', { mode: 'create', redirectUri: 'javascript:alert(1)' }), 'redirectUri'],
    [envelope('init', { mode: 'create', existingNames: ['x'.repeat(2100 * 1024)] }), 'the limit for its type is 2097152'],
  ];
  for (const [message, says] of cases) {
    const before = (await errors(host)).length;
    await host.send(message);
    await expect.poll(async () => (await errors(host)).length).toBe(before + 1);
    expect((await errors(host)).at(-1).payload.message).toContain(says);
  }
});

test('script-like text from the host and the person is shown as text, never run', async ({ page }) => {
  const markup = '<img src=x onerror="document.title=\'pwned\'">';
  const host = await openHost(page);
  await host.waitFor('ready');
  await host.send(envelope('init', {
    mode: 'create',
    existingNames: [markup],
    oauthClients: [{ id: 'c-1', name: markup, clientId: '<script>document.title="pwned"</script>' }],
    connection: { name: `<b>${markup}</b>`, apiType: 'myAccount', scopes: ['<svg onload=alert(1)>'] },
  }));
  const ui = host.frame;
  await expect(label(ui, 'Name your connection')).toHaveValue(`<b>${markup}</b>`);
  await expect(label(ui, 'OAuth 2.0 client').locator('option', { hasText: markup })).toHaveCount(1);
  await expect(ui.getByText('<svg onload=alert(1)>')).toBeVisible();
  await label(ui, 'Name your connection').fill(markup);
  await label(ui, 'Name your connection').blur();
  await expect(ui.getByText(`A connection named “${markup}” already exists.`)).toBeVisible();
  const frame = page.frame({ url: /127\.0\.0\.1:4173/ });
  expect(await frame.evaluate(() => document.title)).not.toBe('pwned');
  expect(await frame.locator('.acp-panel img, .acp-panel svg[onload], .acp-panel b').count()).toBe(0);
});

test('a person’s look-alike tenant and script URLs as audiences get their messages', async ({ page }) => {
  const host = await typedPanel(page);
  const ui = host.frame;
  await label(ui, 'Tenant domain').fill('dev-аbc.eu.auth0.com'); // Cyrillic а
  await label(ui, 'Tenant domain').blur();
  await expect(ui.getByText(/look-alike letters are not allowed/)).toBeVisible();
  for (const url of ['javascript:alert(1)', 'data:text/html,hi']) {
    await label(ui, 'Audience').fill(url);
    await label(ui, 'Audience').blur();
    await expect(ui.getByText(/The audience must start with https:\/\//)).toBeVisible();
  }
  await expect(label(ui, 'Name your connection')).toHaveValue('Typed by a person');
});

test('hostOrigin parameters that are no origin are named in the refusal', async ({ page }) => {
  const panelUrl = new URL('/index.html', PANEL);
  panelUrl.searchParams.append('hostOrigin', 'javascript:alert(1)');
  await page.goto(`${HOST}/frame.html?panel=${encodeURIComponent(panelUrl.href)}`);
  const alert = page.frameLocator('#panel').getByRole('alert');
  await expect(alert).toContainText('javascript:alert(1)');
  await expect(alert).toContainText('not an http(s) origin');
  expect(await page.evaluate(() => window.received.length)).toBe(0);
});

test('a data: endpoint is refused before any request', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${PANEL}/index.html?endpoint=${encodeURIComponent('data:application/json,{}')}`);
  await expect(page.getByRole('alert')).toContainText('data:application/json');
  expect(requests.filter((u) => u.startsWith('data:'))).toEqual([]);
});

test('an unreadable draft in session storage is dropped with a notice and the host’s values are used', async ({ page }) => {
  // A same-site host: a cross-site frame may be denied storage (then there are no drafts at all).
  const sameSite = 'http://127.0.0.1:4174';
  const host = await openHost(page, { hostOrigin: sameSite, trusted: sameSite });
  await host.waitFor('ready');
  const frame = page.frame({ url: /127\.0\.0\.1:4173/ });
  await frame.evaluate((origin) => {
    sessionStorage.setItem(`auth0-connection-panel:draft:${origin}:create:new`, '{"name": 5, "apiType": "soap"');
  }, sameSite);
  await host.send(envelope('init', { mode: 'create', oauthClients: clients, connection: { name: 'From the host' } }));
  await expect(label(host.frame, 'Name your connection')).toHaveValue('From the host');
  await expect(host.frame.getByText('A saved draft could not be read')).toBeVisible();
  expect(await frame.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes(':draft:')).length)).toBe(0);
});

test('mount() refuses bad arguments with a TypeError that says which', async ({ page }) => {
  await page.goto(`${PANEL}/examples/mount.html`);
  await expect(page.locator('#left').getByLabel('Name your connection', { exact: true })).toBeEnabled();
  const outcomes = await page.evaluate(async () => {
    const { mount } = await import('/auth0-connection-panel.js');
    const host = document.createElement('div');
    document.body.append(host);
    const attempt = async (...args) => {
      try {
        await mount(...args);
        return 'mounted';
      } catch (e) {
        return `${e.constructor.name}: ${e.message}`;
      }
    };
    return [
      await attempt(null, { onMessage() {} }),
      await attempt('#left', { onMessage() {} }),
      await attempt(host),
      await attempt(host, { onMessage: 'log' }),
      await attempt(host, { onMessage() {}, instanceId: 42 }),
    ];
  });
  expect(outcomes[0]).toMatch(/^TypeError: .*element must be an HTML element/);
  expect(outcomes[1]).toMatch(/^TypeError: .*element must be an HTML element/);
  expect(outcomes[2]).toMatch(/^TypeError: .*onMessage must be a function/);
  expect(outcomes[3]).toMatch(/^TypeError: .*onMessage must be a function/);
  expect(outcomes[4]).toMatch(/^TypeError: .*instanceId must be a string/);
  // The panels already on the page are untouched.
  await expect(page.locator('#right').getByLabel('Name your connection', { exact: true })).toHaveValue('Existing connection');
});

test('post() of a malformed message to a mounted panel answers through onMessage', async ({ page }) => {
  await page.goto(`${PANEL}/examples/mount.html`);
  const left = page.locator('#left');
  await left.getByLabel('Name your connection', { exact: true }).fill('Kept');
  await page.evaluate(() => {
    window.panels.left.post('not a message');
    window.panels.left.post({ protocol: 'auth0-connection-panel', version: 1, type: 'init', payload: { mode: 9 } });
  });
  await expect
    .poll(() => page.evaluate(() => window.messages.left.filter((m) => m.type === 'error').length))
    .toBe(2);
  await expect(left.getByLabel('Name your connection', { exact: true })).toHaveValue('Kept');
});
