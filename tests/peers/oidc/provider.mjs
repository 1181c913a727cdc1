// A real OpenID provider for the sync tests: client-credentials grant, JWT access tokens
// (RFC 9068, ES256, signing key made fresh at each start), on 127.0.0.1 only.
//   node provider.mjs PORT    (or env PORT; env CLIENT_ID, CLIENT_SECRET, TOKEN_TTL seconds,
//                              AUDIENCE: the broker's resource indicator)
// Clients: CLIENT_ID (client_secret_basic), CLIENT_ID-post (client_secret_post, same secret),
// and, with env CLIENT_JWK (a public Ed25519 JWK), CLIENT_ID-jwt (private_key_jwt, EdDSA).
// Resource indicators (RFC 8707): AUDIENCE and any `${AUDIENCE}:<name>` below it; the token's
// `aud` is the one asked for. With env TLS_CERT and TLS_KEY (PEM files) it serves https.
// Prints "ready <issuer>" on stdout once it listens.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import Provider, { errors } from 'oidc-provider';

const port = Number(process.argv[2] || process.env.PORT);
const ttl = Number(process.env.TOKEN_TTL || 300);
const audience = process.env.AUDIENCE || 'urn:cityos:broker';
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: `k${Date.now()}`, use: 'sig', alg: 'ES256' };
const tls = process.env.TLS_CERT && process.env.TLS_KEY;
const issuer = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
const clientJwk = process.env.CLIENT_JWK ? JSON.parse(process.env.CLIENT_JWK) : null;

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
  }, {
    client_id: `${process.env.CLIENT_ID}-post`,
    client_secret: process.env.CLIENT_SECRET,
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
    token_endpoint_auth_method: 'client_secret_post',
  }, ...(clientJwk ? [{
    client_id: `${process.env.CLIENT_ID}-jwt`,
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'EdDSA',
    jwks: { keys: [clientJwk] },
  }] : [])],
  scopes: ['cityos', 'cityos.write'],
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: { // client_credentials JWTs need a resource server with format 'jwt'
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource) => {
        if (resource !== audience && !resource.startsWith(`${audience}:`)) {
          throw new errors.InvalidTarget();
        }
        return {
          scope: 'cityos cityos.write', audience: resource, accessTokenTTL: ttl,
          accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } },
        };
      },
    },
  },
});
const ready = () => console.log(`ready ${issuer}`);
if (tls) {
  const options = { cert: readFileSync(process.env.TLS_CERT), key: readFileSync(process.env.TLS_KEY) };
  https.createServer(options, provider.callback()).listen(port, '127.0.0.1', ready);
} else {
  provider.listen(port, '127.0.0.1', ready);
}
