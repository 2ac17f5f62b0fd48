// The authorization server sends the person here with ?code=&state= (or ?error=). This page hands
// the query to the panel whose flow it answers, two ways, and the panel takes the first that
// carries its state:
// - on the flow's own BroadcastChannel, named after its state: it reaches a panel of this origin
//   even when the authorization server's Cross-Origin-Opener-Policy cut this window off from it;
// - by postMessage to the window that opened it, on this exact origin: it reaches a panel framed by
//   another site, whose storage (BroadcastChannel included) the browser partitions.
// Then it drops the code from its own URL and closes. The page sends no referrer (its meta tag).
const handOff = { type: 'auth0-connection-panel:callback', query: location.search };
const state = new URLSearchParams(location.search).get('state');
if (state) {
  const channel = new BroadcastChannel(`${handOff.type}:${state}`);
  channel.postMessage(handOff);
  channel.close();
}
try {
  window.opener?.postMessage(handOff, location.origin);
} catch {
  // The opener is gone or of another origin: the channel is the only way.
}
history.replaceState(null, '', location.pathname);
document.getElementById('status').textContent = 'You can close this window.';
window.close();
