// The deployment the e2e suite tests: the host origins and endpoints the panel's builds list. The
// e2e build gets them at build time (scripts/test.sh evaluates this file's output); the release
// build, which lists nothing, gets them written into its pages by serve.mjs --deployment, as a
// deployer who edits the built files would. The stranger (127.0.0.1:4175) and the attacker
// (127.0.0.1:4179) are on neither list.
import { fileURLToPath } from 'node:url';

// localhost:4183 is the SDK's e2e host application; the same application on 127.0.0.1:4184 is not
// listed (a host the panel stays silent to).
export const hostOrigins = ['http://localhost:4174', 'http://127.0.0.1:4174', 'http://localhost:4183'];
export const endpoints = ['http://127.0.0.1:4176/api', 'http://127.0.0.1:4176/moved', 'http://127.0.0.1:4182/api'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`export ACP_HOST_ORIGINS='${hostOrigins.join(' ')}'`);
  console.log(`export ACP_ENDPOINTS='${endpoints.join(' ')}'`);
}
