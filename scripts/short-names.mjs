// Short import and export names for a release build's WebAssembly and its glue.
//
// wasm-bindgen names each import after the browser call it wraps plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`), in a module named after the glue, and each closure
// shim after its Rust path; the module and the glue both carry every name, and the hashes do not
// compress. Binaryen's `--minify-imports-and-exports-and-modules` renames them all (imports into
// one module `a`) and prints each old name with its new one; the glue is then rewritten to match:
// its import object's keys, the snippet functions the module imports directly, and each use of an
// export (`wasm.name`). Which names are imports and which exports, and from which module, is read
// from the module itself (`WebAssembly.Module`), and every rewrite is checked: a glue that does not
// match fails the build.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Renames the imports and exports of the module `wasmPath` (wasm-opt `features`, such as
 * `--enable-bulk-memory`) and rewrites the glue `gluePath` (wasm-bindgen's output, before any
 * bundling) to match.
 */
export function shortenNames(wasmPath, gluePath, features) {
  const before = new WebAssembly.Module(readFileSync(wasmPath));
  const imports = WebAssembly.Module.imports(before);
  const exports = WebAssembly.Module.exports(before).map((e) => e.name);
  // The renaming is by name alone, every import into one module: two imports of one name from
  // two modules would become one.
  if (new Set(imports.map((i) => i.name)).size !== imports.length) {
    throw new Error('short-names: two imports share a name');
  }
  const printed = execFileSync('wasm-opt', [wasmPath, '--minify-imports-and-exports-and-modules', ...features, '-o', wasmPath], {
    encoding: 'utf8',
  });
  const renamed = new Map(
    printed
      .split('\n')
      .map((line) => line.match(/^(\S+) => (\S+)$/))
      .filter(Boolean)
      .map(([, from, to]) => [from, to]),
  );
  // Binaryen 108 (Debian's, which the build uses) prints `old => new` lines.
  if ([...imports.map((i) => i.name), ...exports].some((name) => !renamed.has(name))) {
    throw new Error(`short-names: wasm-opt did not print a new name for every import and export (${execFileSync('wasm-opt', ['--version'], { encoding: 'utf8' }).trim()})`);
  }
  const after = new WebAssembly.Module(readFileSync(wasmPath));
  const same = (a, b) => a.sort().join() === b.sort().join();
  if (!same(imports.map((i) => `a.${renamed.get(i.name)}`), WebAssembly.Module.imports(after).map((i) => `${i.module}.${i.name}`))) {
    throw new Error('short-names: the imports were not renamed as wasm-opt said');
  }
  if (!same(exports.map((name) => renamed.get(name)), WebAssembly.Module.exports(after).map((e) => e.name))) {
    throw new Error('short-names: the exports were not renamed as wasm-opt said');
  }

  let glue = readFileSync(gluePath, 'utf8');
  // The import object: the glue's own functions by name (`import0`), then `"module": importN`
  // for each module the WebAssembly imports from.
  const modules = glue.match(/return \{\s*__proto__: null,((?:\s*"[^"]+": import\d+,)+)\s*\};/);
  const own = glue.match(/const import0 = \{\n[\s\S]*?\n {4}\};\n/);
  if (!modules || !own) throw new Error('short-names: no import object in the glue');
  const variables = new Map([...modules[1].matchAll(/"([^"]+)": (import\d+)/g)].map(([, module, variable]) => [module, variable]));
  const ownModule = [...variables].find(([, variable]) => variable === 'import0')?.[0];
  const ownNames = new Set(imports.filter((i) => i.module === ownModule).map((i) => i.name));
  // One pass each, so that no new name is taken for an old one.
  let keys = 0;
  const ownObject = own[0].replace(/\n(\s+)([A-Za-z0-9_$]+): function\(/g, (whole, indent, name) => {
    if (!ownNames.has(name)) return whole;
    keys += 1;
    return `\n${indent}${renamed.get(name)}: function(`;
  });
  if (keys !== ownNames.size) throw new Error(`short-names: ${ownNames.size - keys} of the glue's imports not found`);
  const direct = imports
    .filter((i) => i.module !== ownModule)
    .map(({ module, name }) => {
      const variable = variables.get(module);
      if (!variable) throw new Error(`short-names: no import object for ${module}`);
      return `${renamed.get(name)}: ${variable}.${name}`;
    });
  const exported = new Set(exports);
  glue = glue
    .replace(own[0], () => ownObject)
    .replace(modules[0], () => `return { __proto__: null, a: { __proto__: null, ...import0, ${direct.join(', ')} } };`)
    .replace(/\bwasm\.([A-Za-z0-9_$]+)\b/g, (whole, name) => (exported.has(name) ? `wasm.${renamed.get(name)}` : whole));
  // No old name may be left where the module's names are used: as an export of `wasm`, or as a
  // key of the import object.
  const left = [...glue.matchAll(/\bwasm\.([A-Za-z0-9_$]+)|\n\s+([A-Za-z0-9_$]+): function\(/g)]
    .map(([, used, key]) => used ?? key)
    .filter((name) => exported.has(name) || ownNames.has(name));
  if (left.length > 0) throw new Error(`short-names: the glue still uses ${left.join(', ')}`);
  writeFileSync(gluePath, glue);
}
