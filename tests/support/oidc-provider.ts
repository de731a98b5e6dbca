/**
 * A real OpenID Connect provider (the certified `oidc-provider` package) on a loopback port, for
 * the single sign-on journeys. Its login page asks for an account name and nothing else; the
 * account's claims follow from the name:
 * - `<local>@<domain>`: that address, verified, with subject `sub-<local>@<domain>`;
 * - `unverified+<local>@<domain>`: the same address, but `email_verified: false`.
 * Consent is given at once for the one client, Wijkmarkt. Run directly (Playwright starts it
 * beside the site) with OIDC_TEST_PORT and OIDC_TEST_APP_URL, or call startTestProvider.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Provider, { type Configuration } from "oidc-provider";
import { TEST_CLIENT } from "./sso";

/** The provider's subject is the account id: not the address, so linking is seen to go by subject. */
const accountIdFor = (name: string) => `sub-${name}`;

function claimsFor(accountId: string) {
  const login = accountId.replace(/^sub-/, "");
  const unverified = login.startsWith("unverified+");
  const email = login.replace(/^unverified\+/, "");
  const local = email.split("@")[0] ?? email;
  const name = local
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
  return { sub: accountId, email, email_verified: !unverified, name: `${name} (testaccount)` };
}

const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Testprovider</title></head><body><main>${body}</main></body></html>`;

function configuration(appUrl: string): Configuration {
  return {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [`${appUrl}/inloggen/sso/terug`],
        post_logout_redirect_uris: [`${appUrl}/`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsFor(id) }),
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = page(
            `<h1>Uitloggen bij de testprovider?</h1>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Ja, uitloggen</button>`,
          );
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: ["test-cookie-key-for-the-local-provider"] },
    // The tests' provider lives minutes: no refresh tokens, short codes.
    ttl: { AuthorizationCode: 120, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  };
}

async function readBody(req: IncomingMessage) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

/** The login page: a name, then the grant for Wijkmarkt, then back into the provider's flow. */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === "GET") {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      page(`<h1>Inloggen bij de testprovider</h1>
<form method="post" action="/interaction/${details.uid}">
<label for="login">Account</label> <input id="login" name="login" required autofocus>
<button type="submit">Inloggen bij de testprovider</button>
</form>`),
    );
    return;
  }
  const login = (await readBody(req)).get("login")?.trim() ?? "";
  const accountId = accountIdFor(login);
  if (!login) {
    res.writeHead(400).end();
    return;
  }
  const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

export async function startTestProvider(options: { port: number; appUrl: string }): Promise<{ issuer: string; server: Server }> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const provider = new Provider(issuer, configuration(options.appUrl));
  const handle = provider.callback();
  const server = createServer((req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      interaction(provider, req, res).catch((error: unknown) => {
        res.writeHead(500, { "Content-Type": "text/plain" }).end(String(error));
      });
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return { issuer, server };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.env.OIDC_TEST_PORT);
  const appUrl = process.env.OIDC_TEST_APP_URL;
  if (!port || !appUrl) throw new Error("OIDC_TEST_PORT and OIDC_TEST_APP_URL must be set");
  const { issuer } = await startTestProvider({ port, appUrl });
  console.log(`test OpenID provider at ${issuer}`);
}
