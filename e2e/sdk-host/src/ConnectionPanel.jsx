// The React example the README shows: the panel in a component. Handlers live in a ref, so a new
// handler on each render never restarts the panel; the effect's cleanup destroys the panel, so
// StrictMode's mount, unmount and mount again leaves exactly one. Nothing here touches `window`
// when the module is imported (the SDK registers its element only where the DOM exists).
import { useEffect, useRef } from 'react';
import { createConnectionPanel } from 'auth0-connection-panel';

export function ConnectionPanel({ src, init, locale, onSubmit, onSaveOAuthClient }) {
  const box = useRef(null);
  const panel = useRef(null);
  const handlers = useRef({ onSubmit, onSaveOAuthClient });
  handlers.current = { onSubmit, onSaveOAuthClient };

  useEffect(() => {
    const created = createConnectionPanel(box.current, {
      src,
      init,
      onSubmit: (...args) => handlers.current.onSubmit(...args),
      onSaveOAuthClient: (...args) => handlers.current.onSaveOAuthClient(...args),
    });
    panel.current = created;
    return () => {
      created.destroy();
      created.remove();
      panel.current = null;
    };
    // The panel restarts only for another panel address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [src]);

  useEffect(() => {
    if (locale) void panel.current?.update({ locale });
  }, [locale]);

  return <div ref={box} />;
}
