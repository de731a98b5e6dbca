import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "~db/schema";
import { hashPassword } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { isSsoOnlyEmail } from "~/utils/sso-domains.server";
import { createUser } from "#tests/factories/core";
import { authenticate } from "./account.server";

// Read once per process by getEnv: set before anything asks for the environment.
process.env.OIDC_SSO_ONLY_DOMAINS = " Gemeente.example , wijkteam.example";
process.env.OIDC_ISSUER = "https://login.gemeente.example";
process.env.OIDC_CLIENT_ID = "wijkmarkt";

async function withPassword(email: string, password: string) {
  const user = createUser({ email });
  db.update(users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(users.id, user.id))
    .run();
  return user;
}

describe("password login refusals", () => {
  it("sends accounts of SSO-only domains (and their subdomains) to single sign-on, even with the right password", async () => {
    await withPassword("eva@gemeente.example", "een mooie lange zin");
    expect(await authenticate({ email: "Eva@Gemeente.example", password: "een mooie lange zin" })).toEqual({ ok: false, error: "sso_required" });
    expect(isSsoOnlyEmail("x@team.wijkteam.example")).toBe(true);
    expect(isSsoOnlyEmail("x@notgemeente.example")).toBe(false);
    expect(isSsoOnlyEmail("garbage")).toBe(false);
    expect(isSsoOnlyEmail("")).toBe(false);
  });

  it("says an account is blocked only to someone who knows its password", async () => {
    const user = await withPassword("blocked@example.org", "een mooie lange zin");
    db.update(users).set({ blockedAt: new Date() }).where(eq(users.id, user.id)).run();
    expect(await authenticate({ email: "blocked@example.org", password: "fout wachtwoord hier" })).toEqual({ ok: false, error: "wrong_credentials" });
    expect(await authenticate({ email: "blocked@example.org", password: "een mooie lange zin" })).toEqual({ ok: false, error: "blocked" });
  });

  it("an account made by single sign-on (no password) never matches a password", async () => {
    createUser({ email: "sso-made@example.org" });
    db.update(users).set({ passwordHash: "" }).where(eq(users.email, "sso-made@example.org")).run();
    expect(await authenticate({ email: "sso-made@example.org", password: "" })).toEqual({ ok: false, error: "wrong_credentials" });
  });
});
