// A real OpenID provider for the sync tests: client-credentials grant, JWT access tokens
// (RFC 9068, ES256, signing key made fresh at each start), on 127.0.0.1 only.
//   node provider.mjs PORT    (or env PORT; env CLIENT_ID, CLIENT_SECRET, TOKEN_TTL seconds,
//                              AUDIENCE: the broker's resource indicator)
// Prints "ready <issuer>" on stdout once it listens.
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.argv[2] || process.env.PORT);
const ttl = Number(process.env.TOKEN_TTL || 300);
const audience = process.env.AUDIENCE || 'urn:cityos:broker';
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: `k${Date.now()}`, use: 'sig', alg: 'ES256' };
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  jwks: { keys: [jwk] },
  clientDefaults: { id_token_signed_response_alg: 'ES256' }, // the one key is an EC key
  clients: [{
    client_id: process.env.CLIENT_ID,
    client_secret: process.env.CLIENT_SECRET,
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  scopes: ['cityos'],
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: { // client_credentials JWTs need a resource server with format 'jwt'
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'cityos', audience, accessTokenTTL: ttl, accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES256' } },
      }),
    },
  },
});
provider.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
