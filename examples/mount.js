// Two independent panels on one page, each with its own onMessage and its own draft.
import { mount } from '../auth0-connection-panel.js';

const PROTOCOL = { protocol: 'auth0-connection-panel', version: 1 };
window.messages = { left: [], right: [] };

async function start(id, init) {
  const panel = await mount(document.getElementById(id), {
    instanceId: id,
    onMessage(message) {
      window.messages[id].push(message);
      if (message.type === 'ready') panel.post({ ...PROTOCOL, type: 'init', payload: init });
      if (message.type === 'submit') {
        panel.post({ ...PROTOCOL, type: 'submitResult', requestId: message.requestId, payload: { ok: true } });
      }
    },
  });
  return panel;
}

const clients = [{ id: 'client-1', name: 'Back-office integration', clientId: 'Xq7uBVn2kPzX0v9m' }];
window.panels = {
  left: await start('left', { mode: 'create', oauthClients: clients }),
  right: await start('right', {
    mode: 'edit',
    oauthClients: clients,
    connection: {
      id: 'conn-7',
      name: 'Existing connection',
      tenant: 'dev-6ljhqh2ct4wo15by',
      region: 'eu',
      oauthClientId: 'client-1',
    },
  }),
};
