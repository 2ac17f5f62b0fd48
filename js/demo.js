// The built-in demo host of the standalone page (`trunk serve`): it mounts the panel directly and
// answers it as a real host would (sample clients and existing names, client saves, submits), and
// logs every message the panel sends, secrets masked, newest first. Plain JavaScript, loaded only
// by the standalone page, so no host's panel carries any of it.
import init, { mountPanel } from './auth0-connection-panel-wasm.js';

const PROTOCOL = { protocol: 'auth0-connection-panel', version: 1 };
const SECRET_KEYS = new Set(['clientSecret', 'codeVerifier', 'code']);
const MASK = '••••••';

const DEMO_INIT = {
  mode: 'create',
  existingNames: ['Auth0 production', 'Auth0 staging'],
  oauthClients: [
    { id: 'client-backoffice', name: 'Back-office integration', clientId: 'Xq7uBVn2kPzX0v9mEXAMPLE1' },
    { id: 'client-selfservice', name: 'Self-service portal', clientId: 'Lm3RtY8wQaZc5dEXAMPLE2' },
  ],
};

// A copy of a message with every secret value replaced by a mask, at any depth.
function maskSecrets(value) {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, SECRET_KEYS.has(key) && v !== null ? MASK : maskSecrets(v)]),
  );
}

function element(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function messageLog(root) {
  const empty = element('p', { className: 'acp-notice', textContent: 'No messages yet.' });
  const list = element('ol', { className: 'acp-log-list', reversed: true });
  root.replaceChildren(
    element(
      'section',
      { className: 'acp-log' },
      element('h2', { id: 'acp-log-title', className: 'acp-log-title', textContent: 'Messages sent by the panel' }),
      element('p', { className: 'acp-hint', textContent: 'The built-in demo host answers them. Secrets are masked here.' }),
      empty,
      list,
    ),
  );
  root.firstElementChild.setAttribute('aria-labelledby', 'acp-log-title');
  let count = 0;
  return (message) => {
    count += 1;
    const text = JSON.stringify(maskSecrets(message), null, 2);
    const copy = element('button', { type: 'button', className: 'acp-button acp-button--quiet', textContent: 'Copy' });
    copy.setAttribute('aria-label', `Copy message ${count}`);
    copy.addEventListener('click', async () => {
      await navigator.clipboard.writeText(text);
      for (const other of list.querySelectorAll('button')) other.textContent = 'Copy';
      copy.textContent = 'Copied';
    });
    empty.hidden = true;
    list.prepend(
      element(
        'li',
        { className: 'acp-log-entry' },
        element('div', { className: 'acp-log-head' }, element('code', { className: 'acp-log-type', textContent: message.type }), copy),
        element('pre', { className: 'acp-log-body', textContent: text }),
      ),
    );
  };
}

async function start() {
  await init();
  const log = messageLog(document.getElementById('log'));
  let panel;
  let answeredReady = false;
  let nextClient = 1;
  const reply = (type, requestId, payload, delay) =>
    setTimeout(() => panel.post({ ...PROTOCOL, type, ...(requestId ? { requestId } : {}), payload }), delay);
  panel = mountPanel(document.getElementById('panel'), {
    onMessage(message) {
      log(message);
      switch (message.type) {
        case 'ready':
          if (!answeredReady) reply('init', null, DEMO_INIT, 150);
          answeredReady = true;
          break;
        case 'saveOAuthClient': {
          const { client } = message.payload;
          const id = client.id ?? `client-demo-${nextClient++}`;
          reply('oauthClientSaved', message.requestId, { client: { id, name: client.name, clientId: client.clientId } }, 400);
          break;
        }
        case 'submit':
          reply('submitResult', message.requestId, { ok: true }, 600);
          break;
        default:
      }
    },
  });
}

start();
