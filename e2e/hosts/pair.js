// A host page for the e2e suite with two panels (URL in ?panel=), one per iframe: it records each
// panel's messages apart (window.received.left / .right) and lets the test post to either.
const panelUrl = new URL(new URLSearchParams(location.search).get('panel'));
const frames = { left: document.getElementById('left'), right: document.getElementById('right') };
window.received = { left: [], right: [] };

window.addEventListener('message', (event) => {
  for (const [side, frame] of Object.entries(frames)) {
    if (event.source === frame.contentWindow) window.received[side].push(event.data);
  }
});

window.sendToPanel = (side, message) => frames[side].contentWindow.postMessage(message, panelUrl.origin);

for (const frame of Object.values(frames)) frame.src = panelUrl.href;
