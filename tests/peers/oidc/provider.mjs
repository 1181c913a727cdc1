// A real OpenID provider for the sync tests: client-credentials grant, JWT access tokens.
// Listens on 127.0.0.1 only.  node provider.mjs PORT   (env: CLIENT_ID, CLIENT_SECRET, TOKEN_TTL)
import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const ttl = Number(process.env.TOKEN_TTL || 300);
const provider = new Provider(`http://127.0.0.1:${port}`, {
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
    resourceIndicators: {
      enabled: true,
      defaultResource: () => 'urn:cityos:broker',
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'cityos', audience: 'urn:cityos:broker', accessTokenTTL: ttl, accessTokenFormat: 'jwt',
      }),
    },
  },
});
provider.listen(port, '127.0.0.1', () => console.log('ready'));
