// What each transport needs from a host page's Content-Security-Policy, beyond its own rules. The
// SDK itself uses no eval, no inline <style> and no inline event handler.

export type Transport = 'iframe' | 'direct';

/**
 * The directives (and their sources) a host page needs for the panel served from `panelOrigin`:
 * framed, only `frame-src`; mounted directly, the panel's module, WebAssembly, stylesheet and
 * locale files (`connect-src` for the module's and the locale files' fetches).
 */
export function cspDirectives(transport: Transport, panelOrigin: string): Record<string, string[]> {
  const origin = new URL(panelOrigin).origin;
  if (transport === 'iframe') return { 'frame-src': [origin] };
  return {
    'script-src': [origin, "'wasm-unsafe-eval'"],
    'style-src': [origin],
    'connect-src': [origin],
  };
}
