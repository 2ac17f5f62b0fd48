// The React example under StrictMode (effects run, are cleaned up and run again).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConnectionPanel } from './ConnectionPanel.jsx';

window.reactLog = [];
const clients = [{ id: 'client-1', name: 'Back-office integration', clientId: 'pub-client-1' }];

function App() {
  const [saved, setSaved] = useState(0);
  return (
    <>
      <p id="saved">{`Saved: ${saved}`}</p>
      <ConnectionPanel
        src="http://127.0.0.1:4173/"
        init={{ mode: 'create', oauthClients: clients }}
        onSaveOAuthClient={async (client) => ({ id: 'client-2', name: client.name, clientId: client.clientId })}
        onSubmit={async (connection) => {
          window.reactLog.push(connection);
          setSaved((n) => n + 1);
          return { ok: true };
        }}
      />
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
