// A real, standards-conformant OAuth 2.0 authorization server (oidc-provider) for the e2e suite,
// shaped like Auth0: /authorize and /oauth/token, `audience` accepted, PKCE required for public
// clients. Its interaction signs a test user in and consents without a person; the tests steer
// it through /control/* (deny the next request, send Cross-Origin-Opener-Policy).
// Usage: node authserver.mjs <port> <redirect URI>...
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? 4177);
const redirectUris = process.argv.slice(3);
const issuer = `http://127.0.0.1:${port}`;
const scopes = [
  'create:me:authentication_methods', 'read:me:authentication_methods', 'update:me:authentication_methods',
  'delete:me:authentication_methods', 'read:me:factors', 'create:me:connected_accounts',
  'read:me:connected_accounts', 'delete:me:connected_accounts', 'read:me:consents', 'read:me:organizations',
  'offline_access',
];

const control = { deny: false, coop: false };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'panel-public',
      token_endpoint_auth_method: 'none',
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
    {
      client_id: 'panel-confidential',
      client_secret: 'confidential-secret',
      token_endpoint_auth_method: 'client_secret_post',
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  routes: { authorization: '/authorize', token: '/oauth/token' },
  scopes: ['openid', ...scopes],
  extraParams: ['audience'],
  pkce: { required: (ctx, client) => client.tokenEndpointAuthMethod === 'none' },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
  cookies: { keys: ['e2e-only-cookie-key'] },
});

// Signs the test user in and grants what was asked, or denies when told to.
async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (control.deny) {
    control.deny = false;
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'The test user refused.',
    });
  }
  if (details.prompt.name === 'login') {
    return provider.interactionFinished(req, res, { login: { accountId: 'test-user' } }, { mergeWithLastSubmission: false });
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, list] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, list.join(' '));
  }
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const handler = provider.callback();
createServer(async (req, res) => {
  if (control.coop) res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  const url = new URL(req.url, issuer);
  try {
    if (url.pathname === '/control/deny') {
      control.deny = true;
      return res.end('ok');
    }
    if (url.pathname === '/control/coop') {
      control.coop = url.searchParams.get('on') === '1';
      return res.end('ok');
    }
    if (url.pathname.startsWith('/interaction/')) return await interaction(req, res);
    return handler(req, res);
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
}).listen(port, '127.0.0.1', () => console.log(`authorization server on ${issuer}`));
