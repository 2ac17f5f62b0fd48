// Fetches one of the panel's locale files. They sit in `locales/` beside the module; this file is
// copied by wasm-bindgen to `snippets/<crate>/js/`, three levels below the module (a release build
// bundles it into the glue beside the module, and the build rewrites the path), so the path is
// relative to this file's own URL (the panel may be served under any sub-path, or mounted
// directly into a host page from another origin). The integrity the build recorded must match, as
// for the module itself; no credentials are sent.
export function fetchLocale(tag, integrity) {
  const url = new URL(`../../../locales/${tag}.json`, import.meta.url);
  return fetch(url, { integrity, credentials: 'omit' }).then((response) => {
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.text();
  });
}
