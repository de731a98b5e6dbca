import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, loginThrottles, organisationMembers, organisations, sessions, users } from "~db/schema";
import { isWeakPassword } from "~/domain/password";
import { loadActor, createSessionCookie, readSession } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { authenticate, changePassword, deleteAccount, registerUser, updateProfile } from "./account.server";
import { FREE_FAILURES, lockedMinutes } from "./login-throttle.server";

const strong = "een lange zin als wachtwoord";

async function newUser(email: string) {
  const result = await registerUser({ email, name: "Anna", password: strong, locale: "nl" });
  if (!result.ok || !result.created) throw new Error("not registered");
  return loadActor(result.created.userId)!;
}

describe("registration and login", () => {
  it("registers with a hashed password and logs in with it", async () => {
    const result = await registerUser({ email: "Anna@Example.org ", name: "Anna", password: strong, locale: "en" });
    expect(result.ok).toBe(true);
    const row = db.select().from(users).where(eq(users.email, "anna@example.org")).get();
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.locale).toBe("en");
    expect(await authenticate({ email: "anna@example.org", password: strong })).toMatchObject({ ok: true, name: "Anna" });
  });

  it("answers the same for a taken address, logs nobody in, and mails the address's owner", async () => {
    await newUser("taken@example.org");
    expect(await registerUser({ email: "TAKEN@example.org", name: "B", password: strong, locale: "nl" })).toEqual({ ok: true, created: null });
    expect(db.select().from(users).where(eq(users.email, "taken@example.org")).all()).toHaveLength(1);
    const mail = db.select().from(emailOutbox).where(eq(emailOutbox.to, "taken@example.org")).all();
    expect(mail.map((m) => m.subject)).toEqual(["Je account bij Wijkmarkt is gemaakt", "Iemand wilde een account maken met jouw e-mailadres"]);
    expect(mail[1]!.body).toContain("/inloggen");
  });

  it("refuses weak passwords", async () => {
    for (const password of ["kort", "1234567890123", "wachtwoord123", "aaaaaaaaaaaa"]) {
      expect(await registerUser({ email: `w${password}@example.org`, name: "W", password, locale: "nl" })).toEqual({
        ok: false,
        error: "weak_password",
      });
    }
    expect(isWeakPassword(strong)).toBe(false);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    await newUser("known@example.org");
    expect(await authenticate({ email: "known@example.org", password: "niet het goede wachtwoord" })).toEqual({
      ok: false,
      error: "wrong_credentials",
    });
    expect(await authenticate({ email: "nobody@example.org", password: strong })).toEqual({ ok: false, error: "wrong_credentials" });
  });

  it("locks an account after repeated wrong passwords, whatever address they come from, even for the right one", async () => {
    await newUser("target@example.org");
    const start = new Date("2026-03-02T10:00:00Z");
    for (let attempt = 0; attempt < FREE_FAILURES; attempt++) {
      expect(await authenticate({ email: "target@example.org", password: `gok ${attempt}` }, start)).toEqual({ ok: false, error: "wrong_credentials" });
    }
    expect(await authenticate({ email: "Target@example.org", password: strong }, start)).toEqual({ ok: false, error: "locked", minutes: 1 });
    // The lock ends, the right password works and clears the count.
    const later = new Date(start.getTime() + 60_000);
    expect(await authenticate({ email: "target@example.org", password: strong }, later)).toMatchObject({ ok: true });
    expect(await authenticate({ email: "target@example.org", password: "nog een gok" }, later)).toEqual({ ok: false, error: "wrong_credentials" });
    expect(lockedMinutes("target@example.org", later)).toBeNull();
  });

  it("doubles the lock with every further failure up to a quarter of an hour, and stores no address", async () => {
    let now = new Date("2026-03-02T10:00:00Z");
    const locks: number[] = [];
    for (let failure = 1; failure <= FREE_FAILURES + 5; failure++) {
      expect(await authenticate({ email: "guesser@example.org", password: "gok" }, now)).toEqual({ ok: false, error: "wrong_credentials" });
      const minutes = lockedMinutes("guesser@example.org", now);
      if (minutes !== null) {
        locks.push(minutes);
        now = new Date(now.getTime() + minutes * 60_000);
      }
    }
    expect(locks).toEqual([1, 1, 2, 4, 8, 15]);
    expect(JSON.stringify(db.select().from(loginThrottles).all())).not.toContain("guesser");
  });

  it("a session cookie identifies the user; a forged one does not", async () => {
    const actor = await newUser("session@example.org");
    const cookie = (await createSessionCookie(actor.id)).split(";")[0]!;
    const signedIn = await readSession(new Request("http://localhost/", { headers: { Cookie: cookie } }));
    expect(signedIn.actor?.email).toBe("session@example.org");
    const forged = await readSession(new Request("http://localhost/", { headers: { Cookie: "wm_session=forged" } }));
    expect(forged.actor).toBeNull();
  });

  it("reads a page request's session once, but a form post's afresh (an action may change it)", async () => {
    const actor = await newUser("once@example.org");
    const cookie = (await createSessionCookie(actor.id)).split(";")[0]!;
    const page = new Request("http://localhost/werkplek", { headers: { Cookie: cookie } });
    expect((await readSession(page)).actor?.name).toBe("Anna");
    updateProfile(actor, { name: "Anna B.", locale: "nl" });
    // The same page request: the root loader and the page see one and the same actor.
    expect((await readSession(page)).actor?.name).toBe("Anna");
    // The next page request sees the change.
    expect((await readSession(new Request("http://localhost/werkplek", { headers: { Cookie: cookie } }))).actor?.name).toBe("Anna B.");

    const post = new Request("http://localhost/mijn", { method: "POST", headers: { Cookie: cookie }, body: "x=1" });
    expect((await readSession(post)).actor?.name).toBe("Anna B.");
    updateProfile(actor, { name: "Anna C.", locale: "nl" });
    expect((await readSession(post)).actor?.name).toBe("Anna C.");
  });
});

describe("my account", () => {
  it("changes name and language", async () => {
    const actor = await newUser("profile@example.org");
    updateProfile(actor, { name: "Anna B.", locale: "en" });
    expect(loadActor(actor.id)).toMatchObject({ name: "Anna B.", locale: "en" });
  });

  it("changes the password only with the current one", async () => {
    const actor = await newUser("pw@example.org");
    expect(await changePassword(actor, { currentPassword: "fout wachtwoord!!", newPassword: "nog een lange zin hier" })).toEqual({
      ok: false,
      error: "wrong_current_password",
    });
    expect(await changePassword(actor, { currentPassword: strong, newPassword: "kort" })).toEqual({ ok: false, error: "weak_password" });
    expect(await changePassword(actor, { currentPassword: strong, newPassword: "nog een lange zin hier" })).toEqual({ ok: true });
    expect((await authenticate({ email: "pw@example.org", password: "nog een lange zin hier" })).ok).toBe(true);
  });

  it("deletes the account with its sessions after the email is confirmed", async () => {
    const actor = await newUser("gone@example.org");
    await createSessionCookie(actor.id);
    expect(deleteAccount(actor, { confirmEmail: "other@example.org" })).toEqual({ ok: false, error: "email_mismatch" });
    expect(deleteAccount(actor, { confirmEmail: "GONE@example.org" })).toEqual({ ok: true });
    expect(db.select().from(users).where(eq(users.id, actor.id)).get()).toBeUndefined();
    expect(db.select().from(sessions).where(eq(sessions.userId, actor.id)).all()).toEqual([]);
    expect((await authenticate({ email: "gone@example.org", password: strong })).ok).toBe(false);
  });

  it("an organisation's only owner cannot delete the account", async () => {
    const actor = await newUser("owner@example.org");
    const org = db.insert(organisations).values({ slug: "buurtclub", name: "Buurtclub", kind: "club" }).returning().get();
    db.insert(organisationMembers).values({ organisationId: org.id, userId: actor.id, role: "owner" }).run();
    expect(deleteAccount(loadActor(actor.id)!, { confirmEmail: "owner@example.org" })).toEqual({ ok: false, error: "last_owner" });
  });
});
