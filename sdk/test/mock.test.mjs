// The mock panel's own tests, and a host's handlers tested with it (no browser, no WebAssembly).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockPanel } from '../build/js/mock.js';

const connection = {
  name: 'EU tenant', apiType: 'management', tenant: 'dev-x', region: 'eu', domain: 'dev-x.eu.auth0.com',
  oauthClientId: 'client-1', audience: 'https://dev-x.eu.auth0.com/api/v2/', grantType: 'clientCredentials',
  http: { baseUri: 'https://dev-x.eu.auth0.com/api/v2', tokenUrl: 'https://dev-x.eu.auth0.com/oauth/token', grantType: 'client_credentials', audience: 'https://dev-x.eu.auth0.com/api/v2/' },
};

// A host's handlers, as a platform would write them.
function platform() {
  const saved = [];
  return {
    saved,
    init: async () => ({ mode: 'create', existingNames: ['Production'] }),
    async onSubmit(c) {
      if (c.name === 'Production') return { fieldErrors: { name: 'Taken on this platform.' } };
      saved.push(c);
      return { ok: true };
    },
    async onSaveOAuthClient(client) {
      if (!client.clientId) throw new Error('A client needs its ID.');
      return { id: 'client-9', name: client.name, clientId: client.clientId };
    },
  };
}

test('ready resolves after the handshake and the host init reaches the panel', async () => {
  const mock = createMockPanel();
  const panel = mock.connect(platform());
  await panel.ready;
  assert.deepEqual(mock.lastInit, { mode: 'create', existingNames: ['Production'] });
  panel.destroy();
});

test('a submit is answered with submitResult: saved, or refused with field errors', async () => {
  const mock = createMockPanel();
  const host = platform();
  const panel = mock.connect(host);
  await panel.ready;
  assert.deepEqual(await mock.submit(connection), { type: 'submitResult', ok: true });
  assert.equal(host.saved.length, 1);
  assert.deepEqual(await mock.submit({ ...connection, name: 'Production' }), {
    type: 'submitResult', ok: false, fieldErrors: { name: 'Taken on this platform.' },
  });
  panel.destroy();
});

test('a handler that throws is requestFailed with its message', async () => {
  const mock = createMockPanel();
  const panel = mock.connect(platform());
  await panel.ready;
  assert.deepEqual(await mock.saveOAuthClient({ name: 'CI', clientId: 'abc', clientSecret: 's' }), {
    type: 'oauthClientSaved', client: { id: 'client-9', name: 'CI', clientId: 'abc' },
  });
  assert.deepEqual(await mock.saveOAuthClient({ name: 'CI', clientId: '' }), {
    type: 'requestFailed', message: 'A client needs its ID.',
  });
  panel.destroy();
});

test('calls made before ready are queued, not dropped; update re-sends init with the new locale', async () => {
  const mock = createMockPanel();
  const panel = mock.connect(platform());
  const updated = panel.update({ locale: 'ja' });
  await panel.ready;
  await updated;
  assert.equal(mock.lastInit.locale, 'ja');
  const validated = panel.validate();
  mock.change({ valid: false, dirty: true, errors: { name: 'Enter a name for the connection.' } });
  assert.deepEqual((await validated).errors, { name: 'Enter a name for the connection.' });
  assert.equal(panel.isDirty, true);
  assert.equal(mock.received.filter((m) => m.type === 'requestValidate').length, 1);
  panel.destroy();
});

test('a panel speaking another protocol version fails ready with unsupportedVersion', async () => {
  const mock = createMockPanel({ protocolVersions: [2] });
  const panel = mock.connect(platform());
  await assert.rejects(panel.ready, { code: 'unsupportedVersion' });
});

test('destroy is safe before ready and twice; queued calls reject with destroyed', async () => {
  const mock = createMockPanel();
  const panel = mock.connect(platform());
  const pending = panel.validate();
  panel.destroy();
  panel.destroy();
  await assert.rejects(panel.ready, { code: 'destroyed' });
  await assert.rejects(pending, { code: 'destroyed' });
});

test('events: the DOM events carry the panel moments', async () => {
  const events = new EventTarget();
  const heard = [];
  for (const type of ['acp-ready', 'acp-change', 'acp-cancel']) events.addEventListener(type, (e) => heard.push(type));
  const mock = createMockPanel();
  const panel = mock.connect(platform(), events);
  await panel.ready;
  await new Promise((r) => setTimeout(r, 0));
  mock.change({ valid: true, dirty: false, errors: {} });
  mock.cancel(false);
  assert.deepEqual(heard, ['acp-ready', 'acp-change', 'acp-cancel']);
  panel.destroy();
});

test('without a handler, a listener answers through respondWith', async () => {
  const events = new EventTarget();
  events.addEventListener('acp-submit', (e) => e.detail.respondWith(Promise.resolve({ ok: true })));
  const mock = createMockPanel();
  const panel = mock.connect({ init: { mode: 'create' } }, events);
  await panel.ready;
  assert.deepEqual(await mock.submit(connection), { type: 'submitResult', ok: true });
  panel.destroy();
});

test('a handler that resolves to nothing usable is requestFailed, not silence', async () => {
  const mock = createMockPanel();
  const panel = mock.connect({ init: { mode: 'create' }, onSubmit: async () => undefined, onSaveOAuthClient: async () => ({ id: 1 }) });
  await panel.ready;
  const submitted = await mock.submit(connection);
  assert.equal(submitted.type, 'requestFailed');
  assert.match(submitted.message, /onSubmit must resolve/);
  const saved = await mock.saveOAuthClient({ name: 'CI', clientId: 'abc' });
  assert.equal(saved.type, 'requestFailed');
  panel.destroy();
});

test('save() settles with the panel’s error (a blocked popup) instead of waiting', async () => {
  const mock = createMockPanel();
  const panel = mock.connect({ init: { mode: 'create' } });
  await panel.ready;
  const saving = panel.save();
  mock.change({ valid: true, dirty: true, errors: {} });
  await new Promise((r) => setTimeout(r, 0));
  mock.error('popupBlocked', 'The browser blocked the authorization window.');
  assert.deepEqual(await saving, { ok: false, code: 'popupBlocked', message: 'The browser blocked the authorization window.' });
  panel.destroy();
});

test('a reloaded panel gets its init again, without reset and with the clients saved since', async () => {
  const mock = createMockPanel();
  const panel = mock.connect({ init: { mode: 'create', reset: true, oauthClients: [] }, onSaveOAuthClient: async (c) => ({ id: 'n1', name: c.name, clientId: c.clientId }) });
  await panel.ready;
  await mock.saveOAuthClient({ name: 'New', clientId: 'new' });
  await new Promise((r) => setTimeout(r, 1100));
  mock.reload();
  await new Promise((r) => setTimeout(r, 0));
  const inits = mock.received.filter((m) => m.type === 'init');
  assert.equal(inits.length, 2);
  assert.equal(inits[0].payload.reset, true);
  assert.equal(inits[1].payload.reset, undefined);
  assert.deepEqual(inits[1].payload.oauthClients, [{ id: 'n1', name: 'New', clientId: 'new' }]);
  panel.destroy();
});

test('an edited client replaces its old entry, and an update after a save shows what was saved', async () => {
  const mock = createMockPanel();
  const panel = mock.connect({
    init: { mode: 'create', oauthClients: [{ id: 'c1', name: 'Old', clientId: 'old' }] },
    onSaveOAuthClient: async (c) => ({ id: c.id ?? 'c2', name: c.name, clientId: c.clientId, clientSecret: 'kept-by-host' }),
    onSubmit: async () => ({ ok: true }),
  });
  await panel.ready;
  const saved = await mock.saveOAuthClient({ id: 'c1', name: 'Renamed', clientId: 'old' });
  assert.deepEqual(saved.client, { id: 'c1', name: 'Renamed', clientId: 'old' }, 'only the three fields go to the panel');
  await mock.submit(connection);
  await panel.update({ theme: 'dark' });
  const init = mock.lastInit;
  assert.deepEqual(init.oauthClients, [{ id: 'c1', name: 'Renamed', clientId: 'old' }]);
  assert.equal(init.connection.name, 'EU tenant');
  assert.equal(init.connection.http, undefined);
  assert.equal(init.theme, 'dark');
  panel.destroy();
});

test('an update that changes nothing sends no init (it would cancel what the panel is doing)', async () => {
  const mock = createMockPanel();
  const panel = mock.connect({ init: { mode: 'create' }, locale: 'de' });
  await panel.ready;
  await panel.update({ locale: 'de' });
  assert.equal(mock.received.filter((m) => m.type === 'init').length, 1);
  await panel.update({ locale: 'fr' });
  assert.equal(mock.received.filter((m) => m.type === 'init').length, 2);
  panel.destroy();
});

test('a submit with fieldErrors that are not text is requestFailed, not an invalid reply', async () => {
  const mock = createMockPanel();
  const panel = mock.connect({ init: { mode: 'create' }, onSubmit: async () => ({ fieldErrors: { name: 42 } }) });
  await panel.ready;
  const answer = await mock.submit(connection);
  assert.equal(answer.type, 'requestFailed');
  panel.destroy();
});
