// A certified OpenID provider (panva/oidc-provider) for the end-to-end tests only: it runs on loopback, lets any
// login name sign in with any password (its development interactions) and knows one client, the app under test.
// Environment: PORT (its own port), APP_URL (the app's base address), CLIENT_SECRET.
import Provider from 'oidc-provider';

const { PORT, APP_URL, CLIENT_SECRET } = process.env;
const issuer = `http://127.0.0.1:${PORT}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'koski-virkailija',
    client_secret: CLIENT_SECRET,
    redirect_uris: [`${APP_URL}/kirjaudu/paluu`],
    post_logout_redirect_uris: [`${APP_URL}/kirjaudu?ulos=1`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  pkce: { required: () => true },
  // The profile and e-mail claims in the id_token itself, as the app reads them from there.
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], profile: ['given_name', 'family_name', 'preferred_username'], email: ['email'] },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  cookies: { keys: ['koski-virkailija-e2e'] },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, given_name: 'Oona', family_name: 'Tunnistettu', preferred_username: id, email: `${id}@esimerkki.fi` };
      },
    };
  },
});

provider.listen(Number(PORT), '127.0.0.1', () => console.log(`tunnistuspalvelu valmis ${issuer}`));
