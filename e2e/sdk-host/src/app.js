// The e2e host application: the test drives it through window.host. Each panel's handlers record
// what they were called with and answer as the test asked ("behaviour").
import { createConnectionPanel, PanelError } from 'auth0-connection-panel';

const PANEL = 'http://127.0.0.1:4173/';
const clients = [{ id: 'client-1', name: 'Back-office integration', clientId: 'pub-client-1' }];
const log = [];
const panels = new Map();
let nextClient = 2;

const behaviours = {
  ok: () => ({ ok: true }),
  fieldErrorsThenOk: (() => {
    let calls = 0;
    return () => (++calls === 1 ? { fieldErrors: { name: 'That name is taken on this platform.' } } : { ok: true });
  })(),
  throw: () => {
    throw new Error('The platform is down for maintenance.');
  },
  never: () => new Promise(() => {}),
};

function open(name, { mode = 'iframe', submit = 'ok', client = 'ok', readyTimeoutMs, requestTimeoutMs, locale } = {}) {
  const box = document.createElement('section');
  box.id = `box-${name}`;
  document.getElementById('panels').append(box);
  const record = (kind, value) => log.push({ panel: name, kind, value });
  const panel = createConnectionPanel(box, {
    ...(mode === 'iframe' ? { src: PANEL } : {}),
    instanceId: name,
    locale,
    readyTimeoutMs,
    init: async () => ({ mode: 'create', oauthClients: clients, ...(requestTimeoutMs ? { requestTimeoutMs } : {}) }),
    onSaveOAuthClient: async (draft) => {
      record('saveOAuthClient', draft);
      if (client === 'throw') throw new Error('The platform could not save the client.');
      return { id: `client-${nextClient++}`, name: draft.name, clientId: draft.clientId };
    },
    onSubmit: async (connection, extras) => {
      record('submit', { connection, extras });
      return behaviours[submit]();
    },
  });
  for (const type of ['acp-ready', 'acp-change', 'acp-cancel', 'acp-error']) {
    panel.addEventListener(type, (event) => record(type, event.detail));
  }
  panel.ready.then(
    () => record('ready', true),
    (error) => record('readyRejected', { code: error instanceof PanelError ? error.code : 'other', message: error.message }),
  );
  panels.set(name, { panel, box });
  return panel;
}

window.host = {
  log,
  open,
  panel: (name) => panels.get(name).panel,
  remove(name) {
    panels.get(name).box.remove();
  },
  reattach(name) {
    document.getElementById('panels').append(panels.get(name).box);
  },
  frames: () => document.querySelectorAll('iframe').length,
};
