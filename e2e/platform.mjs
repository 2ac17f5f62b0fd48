// A platform API for the http transport's e2e tests, on its own loopback origin, with real CORS
// and preflight. The tests steer it through /control/* (from Node, not from the browser).
// Usage: node platform.mjs <port> <panel origins, comma-separated> [redirect origin]
// With a redirect origin, /moved/* answers 307 to that origin's /api/* (an open redirect on the
// platform, which the panel must never follow).
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 4176);
const panelOrigins = (process.argv[3] ?? 'http://127.0.0.1:4173').split(',');
const redirectOrigin = process.argv[4];
const v1 = { protocol: 'auth0-connection-panel', version: 1 };

let state;
function reset() {
  state = {
    seen: [], // every request: { method, path, origin, credentials }
    messages: [], // every message POSTed by the panel
    initFailures: 0, // answer GET /init with 500 this many times first
    submitFailures: 0, // answer a submit with 500 this many times first
    submit: 'ok', // ok | fieldErrors | 500 | timeout | malformed | accepted | huge | wrongTypes
    init: {
      ...v1,
      type: 'init',
      payload: {
        mode: 'create',
        existingNames: ['Platform connection'],
        oauthClients: [{ id: 'client-1', name: 'Back-office integration', clientId: 'pub-client-1' }],
      },
    },
  };
}
reset();

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const cors = (req) =>
  panelOrigins.includes(req.headers.origin)
    ? { 'access-control-allow-origin': req.headers.origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
    : {};

const readBody = (req) =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

function reply(message) {
  const id = message.requestId;
  if (message.type === 'saveOAuthClient') {
    const { client } = message.payload;
    return [200, { ...v1, type: 'oauthClientSaved', requestId: id, payload: { client: { id: client.id ?? 'client-new', name: client.name, clientId: client.clientId } } }];
  }
  if (message.type !== 'submit') return [204, null];
  if (state.submitFailures > 0) {
    state.submitFailures -= 1;
    return [500, { error: 'try later' }];
  }
  switch (state.submit) {
    case 'fieldErrors':
      return [200, { ...v1, type: 'submitResult', requestId: id, payload: { ok: false, message: 'The platform refused it.', fieldErrors: { name: 'Names must be unique on the platform.' } } }];
    case '500':
      return [500, { error: 'database down' }];
    case 'accepted':
      return [202, null];
    case 'malformed':
      return [200, '{"protocol":"auth0-connection-panel","version":1,"type":"submitResult"'];
    case 'timeout':
      return null;
    case 'huge':
      return [200, { ...v1, type: 'submitResult', requestId: id, payload: { ok: false, message: 'x'.repeat(300 * 1024) } }];
    case 'wrongTypes':
      return [200, { ...v1, type: 'submitResult', requestId: id, payload: { ok: 'yes' } }];
    default:
      return [200, { ...v1, type: 'submitResult', requestId: id, payload: { ok: true } }];
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith('/control/')) {
    if (url.pathname === '/control/state') return json(res, 200, state);
    if (url.pathname === '/control/reset') {
      reset();
      return json(res, 200, {});
    }
    if (url.pathname === '/control/set') {
      Object.assign(state, JSON.parse(await readBody(req)));
      return json(res, 200, {});
    }
  }
  state.seen.push({ method: req.method, path: url.pathname, origin: req.headers.origin ?? null, cookie: req.headers.cookie ?? null });
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...cors(req),
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '600',
    });
    return res.end();
  }
  if (redirectOrigin && url.pathname.startsWith('/moved/')) {
    res.writeHead(307, { ...cors(req), location: `${redirectOrigin}/api/${url.pathname.slice('/moved/'.length)}` });
    return res.end();
  }
  if (req.method === 'GET' && url.pathname === '/api/init') {
    if (state.initFailures > 0) {
      state.initFailures -= 1;
      return json(res, 500, { error: 'try later' }, cors(req));
    }
    return json(res, 200, state.init, { ...cors(req), 'set-cookie': 'platform-session=1; SameSite=Lax; Path=/' });
  }
  if (req.method === 'POST' && url.pathname === '/api/messages') {
    const message = JSON.parse(await readBody(req));
    state.messages.push(message);
    const answer = reply(message);
    if (answer === null) return; // never answers
    const [status, body] = answer;
    if (body === null) {
      res.writeHead(status, cors(req));
      return res.end();
    }
    return json(res, status, body, cors(req));
  }
  json(res, 404, { error: 'not found' }, cors(req));
}).listen(port, '127.0.0.1', () => console.log(`platform on http://127.0.0.1:${port}`));
