// An iframe host: frames the panel with this page's origin as its trusted host, answers its
// requests like a platform would, and logs every message.
const PROTOCOL = { protocol: 'auth0-connection-panel', version: 1 };
const panelUrl = new URL('../index.html', import.meta.url);
panelUrl.searchParams.append('hostOrigin', location.origin);

const frame = document.getElementById('panel');
const log = document.getElementById('log');
const clients = [{ id: 'client-1', name: 'Back-office integration', clientId: 'Xq7uBVn2kPzX0v9m' }];
let initialised = false;

function send(type, payload, requestId) {
  frame.contentWindow.postMessage({ ...PROTOCOL, type, requestId, payload }, panelUrl.origin);
}

function show(message) {
  const item = document.createElement('li');
  const masked = JSON.stringify(message, (key, value) =>
    ['clientSecret', 'codeVerifier', 'code'].includes(key) ? '••••••' : value, 2);
  item.textContent = masked;
  log.prepend(item);
}

window.addEventListener('message', (event) => {
  if (event.origin !== panelUrl.origin || event.source !== frame.contentWindow) return;
  const message = event.data;
  show(message);
  switch (message.type) {
    case 'ready':
      if (!initialised) {
        initialised = true;
        send('init', { mode: 'create', existingNames: ['Auth0 production'], oauthClients: clients });
      }
      break;
    case 'resize':
      frame.height = String(message.payload.height + 32);
      break;
    case 'saveOAuthClient': {
      const { client } = message.payload;
      const saved = { id: client.id ?? `client-${clients.length + 1}`, name: client.name, clientId: client.clientId };
      clients.push(saved);
      send('oauthClientSaved', { client: saved }, message.requestId);
      break;
    }
    case 'submit':
      send('submitResult', { ok: true }, message.requestId);
      break;
  }
});

frame.src = panelUrl.href;
