import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, userIdentities, users } from "~db/schema";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { addTeamMember, createUser, createWijkTeam } from "#tests/factories/core";
import { authenticate } from "./account.server";
import { nameFor, recordSsoRefusal, signInWithSso } from "./sso-login.server";

process.env.OIDC_ISSUER = "https://login.gemeente.example";
process.env.OIDC_CLIENT_ID = "wijkmarkt";
process.env.OIDC_SSO_ONLY_DOMAINS = "gemeente.example";

const ISSUER = "https://login.gemeente.example";
let counter = 0;
function claims(overrides: Partial<Parameters<typeof signInWithSso>[0]> = {}) {
  counter += 1;
  return {
    issuer: ISSUER,
    subject: `subject-${counter}`,
    email: `persoon${counter}@gemeente.example`,
    emailVerified: true,
    name: `Persoon ${counter}`,
    ...overrides,
  };
}

const identities = (userId: string) => db.select().from(userIdentities).where(eq(userIdentities.userId, userId)).all();
const auditOn = (userId: string) =>
  db.select({ action: auditLog.action, detail: auditLog.detail, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.entityId, userId)).all();

describe("signing in with the organisation account", () => {
  it("links the identity to the account with the verified email, keeping its roles, and reuses the link next time", () => {
    const team = createWijkTeam();
    const consultant = addTeamMember(team.id, "member", { email: "eva@gemeente.example", name: "Eva Jansen" });
    const first = signInWithSso(claims({ email: "Eva@Gemeente.example ", subject: "eva-sub" }));
    expect(first).toEqual({ ok: true, userId: consultant.id, name: "Eva Jansen", outcome: "linked" });
    expect(identities(consultant.id)).toMatchObject([{ issuer: ISSUER, subject: "eva-sub" }]);
    expect(auditOn(consultant.id)).toEqual([{ action: "sso_link", detail: "", actorId: consultant.id }]);

    // The provider now gives another address and another name: the link decides, nothing is copied.
    const later = new Date(Date.now() + 60_000);
    const second = signInWithSso(claims({ email: "e.jansen@gemeente.example", subject: "eva-sub", name: "Iemand Anders" }), later);
    expect(second).toEqual({ ok: true, userId: consultant.id, name: "Eva Jansen", outcome: "signed_in" });
    expect(identities(consultant.id)).toHaveLength(1);
    expect(identities(consultant.id)[0]!.lastLoginAt).toEqual(later);
    expect(loadActor(consultant.id)).toMatchObject({ email: "eva@gemeente.example", teams: [{ id: team.id, role: "member" }] });
  });

  it("creates an account without password or roles for a new address, which a password can never open", async () => {
    const result = signInWithSso(claims({ email: "nieuw@gemeente.example", name: "  Nieuwe   Collega " }));
    expect(result).toMatchObject({ ok: true, name: "Nieuwe Collega", outcome: "created" });
    const userId = result.ok ? result.userId : "";
    const user = db.select().from(users).where(eq(users.id, userId)).get()!;
    expect(user).toMatchObject({ email: "nieuw@gemeente.example", passwordHash: "", isAdmin: false, isPolicyAdvisor: false, blockedAt: null });
    expect(loadActor(userId)).toMatchObject({ teams: [], organisations: [] });
    expect(auditOn(userId)).toEqual([{ action: "sso_create", detail: "", actorId: userId }]);
    expect(await authenticate({ email: "nieuw@gemeente.example", password: "" })).toEqual({ ok: false, error: "sso_required" });
  });

  it("refuses an unverified or missing email, and writes only the reason to the audit log", () => {
    const before = db.select().from(users).all().length;
    expect(signInWithSso(claims({ emailVerified: false, email: "onbevestigd@gemeente.example" }))).toEqual({ ok: false, reason: "unverified_email" });
    expect(signInWithSso(claims({ email: null }))).toEqual({ ok: false, reason: "unverified_email" });
    for (const garbage of ["", "geen-adres", "a@b@c", " @x", "x@", `${"a".repeat(400)}@gemeente.example`, "twee woorden@gemeente.example"]) {
      expect(signInWithSso(claims({ email: garbage }))).toEqual({ ok: false, reason: "unverified_email" });
    }
    expect(db.select().from(users).all()).toHaveLength(before);
    const rows = db.select().from(auditLog).where(eq(auditLog.entityType, "login")).all();
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows.every((row) => row.actorId === null && row.detail === "unverified_email" && !JSON.stringify(row).includes("onbevestigd"))).toBe(true);
  });

  it("refuses a blocked account, linked or not, on the person's history", () => {
    const blocked = createUser({ email: "geblokkeerd@gemeente.example" });
    db.update(users).set({ blockedAt: new Date() }).where(eq(users.id, blocked.id)).run();
    expect(signInWithSso(claims({ email: "geblokkeerd@gemeente.example", subject: "blocked-sub" }))).toEqual({ ok: false, reason: "blocked" });
    expect(identities(blocked.id)).toEqual([]);

    const linked = createUser({ email: "later-geblokkeerd@gemeente.example" });
    expect(signInWithSso(claims({ email: "later-geblokkeerd@gemeente.example", subject: "later-sub" })).ok).toBe(true);
    db.update(users).set({ blockedAt: new Date() }).where(eq(users.id, linked.id)).run();
    expect(signInWithSso(claims({ email: "later-geblokkeerd@gemeente.example", subject: "later-sub" }))).toEqual({ ok: false, reason: "blocked" });
    expect(auditOn(linked.id).map((row) => [row.action, row.detail])).toEqual([
      ["sso_link", ""],
      ["sso_refused", "blocked"],
    ]);
  });

  it("does not link a second identity of the same provider to an account", () => {
    const person = createUser({ email: "dubbel@gemeente.example" });
    expect(signInWithSso(claims({ email: "dubbel@gemeente.example", subject: "een" })).ok).toBe(true);
    expect(signInWithSso(claims({ email: "dubbel@gemeente.example", subject: "twee" }))).toEqual({ ok: false, reason: "identity_conflict" });
    expect(identities(person.id).map((identity) => identity.subject)).toEqual(["een"]);
    // Another provider's identity for the same person may be linked.
    expect(signInWithSso(claims({ email: "dubbel@gemeente.example", subject: "twee", issuer: "https://andere.example" }))).toMatchObject({
      ok: true,
      outcome: "linked",
    });
  });

  it("records refusals found before any account is known", () => {
    recordSsoRefusal("state_mismatch");
    expect(db.select().from(auditLog).where(eq(auditLog.detail, "state_mismatch")).all()).toMatchObject([
      { action: "sso_refused", entityType: "login", entityId: "sso", actorId: null },
    ]);
  });

  it("names the person from the provider, else from the address, within the length a name may have", () => {
    expect(nameFor(null, "j.de.vries@gemeente.example")).toBe("j.de.vries");
    expect(nameFor("   ", "anna@gemeente.example")).toBe("anna");
    expect(nameFor("x".repeat(500), "anna@gemeente.example")).toHaveLength(100);
  });
});
