// Posts a well-formed init to its sibling, the panel, from an origin the panel does not trust.
const init = {
  protocol: 'auth0-connection-panel',
  version: 1,
  type: 'init',
  payload: { mode: 'edit', connection: { id: 'evil', name: 'Injected by a third origin' } },
};
setInterval(() => parent.frames[0].postMessage(init, '*'), 100);
