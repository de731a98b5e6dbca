/**
 * Single sign-on in a real browser against a real OpenID provider (tests/support/oidc-provider.ts,
 * started beside the site by playwright.config.ts). The provider's own pages are not Wijkmarkt's
 * and get no accessibility check; every Wijkmarkt page does.
 */
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { SSO_ONLY_TEST_DOMAIN } from "../support/sso";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./support";

const SSO_BUTTON = "Inloggen met je organisatieaccount";
const NOT_THIS_ATTEMPT = "het antwoord hoorde niet bij deze poging";

function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(process.env.E2E_DATABASE_PATH!, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

function identitiesOf(email: string) {
  return query<{ subject: string; lastLoginAt: number }>(
    "select i.subject as subject, i.last_login_at as lastLoginAt from user_identities i join users u on u.id = i.user_id where u.email = ?",
    email,
  );
}

function refusals(detail: string) {
  return query<{ n: number }>("select count(*) as n from audit_log where action = 'sso_refused' and detail = ?", detail)[0]!.n;
}

/** Logs in at the test provider when it asks (it does not while its own session lasts). */
async function answerProvider(page: Page, account: string) {
  await expect(page.getByRole("heading", { name: "Inloggen bij de testprovider" })).toBeVisible();
  await page.getByLabel("Account").fill(account);
  await page.getByRole("button", { name: "Inloggen bij de testprovider" }).click();
}

async function logInWithSso(page: Page, account: string) {
  await page.goto("/inloggen");
  await page.getByRole("link", { name: SSO_BUTTON }).click();
  await answerProvider(page, account);
}

/**
 * Starts a login, changes one parameter of the request to the provider, and goes there as if the
 * browser had been sent with it: the answer comes back with the changed value.
 */
async function startTampered(page: Page, parameter: "state" | "nonce" | "code_challenge") {
  await page.goto("/inloggen");
  const start = await page.request.get("/inloggen/sso", { maxRedirects: 0 });
  expect(start.status()).toBe(302);
  const url = new URL(start.headers().location!);
  const value = url.searchParams.get(parameter)!;
  url.searchParams.set(parameter, `${value.slice(0, -4)}AAAA`);
  await page.goto(url.href);
}

test.describe("single sign-on for professionals", () => {
  test("a consultant's first login links the account and opens the workspace; the second reuses it; logging out offers the provider's logout", async ({
    page,
    freshTeam,
  }) => {
    // A consultant of its own: linking a sign-in identity changes the account.
    const consultant = (await freshTeam({ withConsultant: true })).consultant!;
    await page.goto("/inloggen");
    await expectAccessible(page);
    await page.getByRole("link", { name: SSO_BUTTON }).click();
    await answerProvider(page, consultant.email);
    await expect(page).toHaveURL(/\/werkplek$/);
    await expect(page.getByText(`Welkom terug, ${consultant.name}.`)).toBeVisible();
    await expectAccessible(page);
    const first = identitiesOf(consultant.email);
    expect(first).toEqual([{ subject: `sub-${consultant.email}`, lastLoginAt: expect.any(Number) }]);
    expect(query("select 1 from audit_log a join users u on u.id = a.entity_id where a.action = 'sso_link' and u.email = ?", consultant.email)).toHaveLength(1);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Je bent uitgelogd bij Wijkmarkt" })).toBeVisible();
    await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();
    await expectAccessible(page);
    // Wijkmarkt's session is over before the provider is asked anything.
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    await page.getByRole("link", { name: "Ook uitloggen bij je organisatieaccount" }).click();
    await page.getByRole("button", { name: "Ja, uitloggen" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/$/);

    // The provider's session ended too, so it asks again; the same identity, the same account.
    await logInWithSso(page, consultant.email);
    await expect(page).toHaveURL(/\/werkplek$/);
    const second = identitiesOf(consultant.email);
    expect(second).toHaveLength(1);
    expect(second[0]!.lastLoginAt).toBeGreaterThanOrEqual(first[0]!.lastLoginAt);
    expect(query("select 1 from users where email = ?", consultant.email)).toHaveLength(1);
    expect(query("select 1 from audit_log a join users u on u.id = a.entity_id where a.action = 'sso_link' and u.email = ?", consultant.email)).toHaveLength(1);
  });

  test("a new professional of an SSO-only domain gets an account without roles, and cannot log in with a password", async ({ page }) => {
    const email = `nieuw.${Date.now()}@${SSO_ONLY_TEST_DOMAIN}`;
    await logInWithSso(page, email);
    await expect(page.getByText(/Je account is gemaakt\. Zit je in een wijkteam\?/)).toBeVisible();
    await expect(page).not.toHaveURL(/werkplek/);
    await expectAccessible(page);
    expect(
      query<{ passwordHash: string; isAdmin: number }>("select password_hash as passwordHash, is_admin as isAdmin from users where email = ?", email),
    ).toEqual([{ passwordHash: "", isAdmin: 0 }]);
    expect(identitiesOf(email)).toHaveLength(1);
    expect(query("select 1 from team_members m join users u on u.id = m.user_id where u.email = ?", email)).toEqual([]);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.getByRole("link", { name: "Naar de startpagina" }).click();
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("een wachtwoord dat niet telt");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByText("Log met dit e-mailadres in met je organisatieaccount, met de knop hieronder.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a tampered state is refused on the login page and audited", async ({ page }) => {
    const before = refusals("state_mismatch");
    await startTampered(page, "state");
    await answerProvider(page, `state.${Date.now()}@example.org`);
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByText(NOT_THIS_ATTEMPT, { exact: false })).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    await expectAccessible(page);
    expect(refusals("state_mismatch")).toBe(before + 1);
  });

  test("a wrong nonce in the ID token is refused and audited", async ({ page }) => {
    const before = refusals("nonce_mismatch");
    const email = `nonce.${Date.now()}@example.org`;
    await startTampered(page, "nonce");
    await answerProvider(page, email);
    await expect(page.getByText(NOT_THIS_ATTEMPT, { exact: false })).toBeVisible();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
    await expectAccessible(page);
    expect(refusals("nonce_mismatch")).toBe(before + 1);
    expect(query("select 1 from users where email = ?", email)).toEqual([]);
  });

  test("a changed PKCE challenge makes the provider refuse the code, and an unverified email is refused", async ({ page }) => {
    const before = refusals("provider_error");
    await startTampered(page, "code_challenge");
    await answerProvider(page, `pkce.${Date.now()}@example.org`);
    await expect(page.getByText("Inloggen met je organisatieaccount is niet gelukt door een fout bij het inloggen.")).toBeVisible();
    expect(refusals("provider_error")).toBe(before + 1);

    await page.context().clearCookies();
    const email = `ongecontroleerd.${Date.now()}@example.org`;
    await logInWithSso(page, `unverified+${email}`);
    await expect(page.getByText("Je organisatieaccount heeft geen bevestigd e-mailadres.", { exact: false })).toBeVisible();
    await expectAccessible(page);
    expect(query("select 1 from users where email = ?", email)).toEqual([]);
  });
});
