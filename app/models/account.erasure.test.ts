/**
 * Account deletion leaves nothing that names the person (issue 8, defect 8): a resident who is also
 * an organiser and a consultant leaves data everywhere through the real use cases, deletes the
 * account, and then every text column of every table is searched for their name, address and
 * what they wrote. The one exception is the audit log's actor label (docs/decisions/005).
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, notifications, users } from "~db/schema";
import { createSessionCookie, loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { sendDigests } from "~/jobs/digests.server";
import { getEnv } from "~/utils/env.server";
import { addTeamMember, createOrganisationWithOwner, createStaffedTeam } from "#tests/factories/core";
import { createVolunteerOpening } from "#tests/factories/helping";
import { blankWords, deleteAccount, registerUser } from "./account.server";
import { followNeed, pledgeToNeed, supportNeed } from "~/models/collective-need";
import { saveHelperProfile } from "./helper.server";
import { getHousehold } from "~/models/household";
import { acceptInvite, inviteMember } from "./organisation.server";
import { applyAsVolunteer } from "./volunteering.server";
import { buildHousehold, inTeam } from "#tests/factories/household";
import { buildCollectiveNeed } from "#tests/factories/collective-need";

const NAME = "Zoë Vanderwaalstraat";
const EMAIL = "zoe.vanderwaal@example.test";
const WROTE = ["HULPPROFIELTEKST-7Q", "AANMELDTEKST-7Q", "TOEZEGTEKST-7Q"];

/** Every (table, column) whose text contains `needle`, case-insensitively; FTS shadow tables included. */
function tablesContaining(needle: string): string[] {
  const sqlite = db.$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  const found: string[] = [];
  for (const { name: table } of tables) {
    const columns = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
    for (const { name: column } of columns) {
      const hits = sqlite.prepare(`SELECT count(*) AS n FROM "${table}" WHERE instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0`).get(needle) as {
        n: number;
      };
      if (hits.n > 0) found.push(`${table}.${column}`);
    }
  }
  return found;
}

async function personWithDataEverywhere() {
  const registered = await registerUser({ email: EMAIL, name: NAME, password: "een lange zin als wachtwoord", locale: "nl" });
  if (!registered.ok) throw new Error(registered.error);
  if (!registered.created) throw new Error("the address was already registered");
  await createSessionCookie(registered.created.userId);
  let person = loadActor(registered.created.userId)!;

  // As a resident: a helper profile, a volunteer application, a support, a pledge, a follow.
  expect(
    saveHelperProfile(person, { skills: ["koken"], interests: [], availability: [], languages: ["nl"], about: `${WROTE[0]} van ${NAME}`, discoverable: true })
      .ok,
  ).toBe(true);
  const { organisation: club, owner: clubOwner } = createOrganisationWithOwner();
  const opening = createVolunteerOpening(club.id);
  expect(applyAsVolunteer(person, { initiativeId: opening.id, message: `${WROTE[1]} groet ${NAME}` }).ok).toBe(true);
  const {
    need,
    items: [item],
  } = buildCollectiveNeed({ checklist: [{ kind: "volunteers", quantity: 3 }] });
  expect(supportNeed(person, { needId: need.id, kind: "need_too" }).ok).toBe(true);
  expect(pledgeToNeed(person, { needId: need.id, checklistItemId: item.id, amount: 2, message: `${WROTE[2]} ${EMAIL}`, showName: true }).ok).toBe(true);
  followNeed(person, need.id);

  // As an organiser: invited by email to one organisation (accepted) and to another (still open), co-owner who invites someone.
  const { organisation: joined, owner: joinedOwner } = createOrganisationWithOwner();
  const accepted = inviteMember(joinedOwner, joined.id, { email: EMAIL, role: "owner" });
  if (!accepted.ok) throw new Error(accepted.error);
  expect(acceptInvite(person, accepted.link.split("/uitnodiging/")[1]!).ok).toBe(true);
  const { organisation: other, owner: otherOwner } = createOrganisationWithOwner();
  expect(inviteMember(otherOwner, other.id, { email: EMAIL.toUpperCase(), role: "editor" }).ok).toBe(true);
  person = loadActor(person.id)!;
  expect(inviteMember(person, joined.id, { email: "iemand@example.org", role: "editor" }).ok).toBe(true);

  // As a consultant: reads a household, which the audit log records.
  const team = createStaffedTeam();
  person = addTeamMember(team.team.id, "member", person);
  const household = buildHousehold(inTeam(team));
  expect(getHousehold(person, { householdId: household.id }).ok).toBe(true);

  // The club's owner got a message naming the applicant, and a digest email with it.
  expect(db.select().from(notifications).where(eq(notifications.userId, clubOwner.id)).all()).toHaveLength(1);
  sendDigests(new Date(Date.now() + 24 * 60 * 60 * 1000));
  return { person, joinedOwner, team, household, club };
}

describe("deleting an account", () => {
  it("leaves no name, address or written text anywhere, except the audit log's label", async () => {
    const { person } = await personWithDataEverywhere();
    for (const needle of [NAME, EMAIL, ...WROTE]) expect(tablesContaining(needle).length, needle).toBeGreaterThan(0);

    expect(deleteAccount(person, { confirmEmail: EMAIL })).toEqual({ ok: true });

    expect(tablesContaining(EMAIL)).toEqual([]);
    for (const text of WROTE) expect(tablesContaining(text), text).toEqual([]);
    // Their name stays only as the label of what they did to household data, and with no link to them.
    expect(tablesContaining(NAME)).toEqual(["audit_log.actor_label"]);
    const labelled = db.select().from(auditLog).where(eq(auditLog.actorLabel, NAME)).all();
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every((row) => row.actorId === null)).toBe(true);
  });

  it("overwrites the deleted text in the database file and its write-ahead log", async () => {
    const { person } = await personWithDataEverywhere();
    expect(db.$client.pragma("secure_delete", { simple: true })).toBe(1);
    expect(deleteAccount(person, { confirmEmail: EMAIL })).toEqual({ ok: true });
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const file = getEnv().DATABASE_PATH;
    for (const path of [file, `${file}-wal`]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      for (const needle of [EMAIL, ...WROTE]) expect(bytes.includes(Buffer.from(needle)), `${needle} in ${path}`).toBe(false);
    }
    expect(db.select().from(users).where(eq(users.email, EMAIL)).get()).toBeUndefined();
  });
});

describe("blankWords", () => {
  it("blanks whole words in any case and leaves longer words and hostile text alone", () => {
    expect(blankWords("Jo heeft zich aangemeld. Jouw buurman JO ook.", ["Jo"])).toBe("[…] heeft zich aangemeld. Jouw buurman […] ook.");
    expect(blankWords("mail a.b+c@x.nl of A.B+C@X.NL", ["a.b+c@x.nl"])).toBe("mail […] of […]");
    expect(blankWords("(.*) [x] \\d", ["(.*)", "[x]", "\\d"])).toBe("[…] […] […]");
    expect(blankWords("", ["iets"])).toBe("");
    expect(blankWords("Zoë en Zoëlla", ["zoë"])).toBe("[…] en Zoëlla");
  });
});
