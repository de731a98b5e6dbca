/** What the site and the test OpenID provider (oidc-provider.ts) agree on in the e2e run. */
export const TEST_CLIENT = { id: "wijkmarkt-test", secret: "test-secret-dat-lang-genoeg-is-voor-hmac" } as const;
/** The e2e site treats this domain as SSO-only (OIDC_SSO_ONLY_DOMAINS). */
export const SSO_ONLY_TEST_DOMAIN = "gemeente-sso.example";
