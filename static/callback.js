// The authorization server sends the person here with ?code=&state= (or ?error=). This page hands
// the query to the panel over a BroadcastChannel, which only pages of this origin share (a
// Cross-Origin-Opener-Policy may have severed window.opener), drops the code from its own URL and
// closes. The panel checks the state before it uses anything.
const channel = new BroadcastChannel('auth0-connection-panel:callback');
channel.postMessage({ query: location.search });
channel.close();
history.replaceState(null, '', location.pathname);
document.getElementById('status').textContent = 'You can close this window.';
window.close();
