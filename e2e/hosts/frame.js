// A host page for the e2e suite: frames the panel (URL in ?panel=), records every message the
// panel posts, and lets the test post messages to it. With ?third=URL it also frames a page of
// another origin, which tries to talk to the panel.
const params = new URLSearchParams(location.search);
const panelUrl = new URL(params.get('panel'));
const frame = document.getElementById('panel');
window.received = [];
window.panelOrigin = panelUrl.origin;

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  window.received.push({ origin: event.origin, data: event.data });
});

window.sendToPanel = (message) => frame.contentWindow.postMessage(message, panelUrl.origin);

// With ?early=<init JSON>, the host posts that init when the frame's document has loaded, without
// waiting for `ready`, as a hasty host would: the panel may not be listening yet.
const early = params.get('early');
if (early) {
  const post = () => frame.contentWindow.postMessage(JSON.parse(early), panelUrl.origin);
  frame.addEventListener('load', post, { once: true });
}

frame.src = panelUrl.href;

const third = params.get('third');
if (third) {
  const other = document.createElement('iframe');
  other.title = 'Another origin';
  other.src = third;
  document.body.append(other);
}
