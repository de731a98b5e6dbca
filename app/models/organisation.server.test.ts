import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { emailOutbox, organisationInvites, organisationMembers, organisations } from "~db/schema";
import { db } from "~/utils/db.server";
import { can } from "~/utils/permissions";
import { addOrganisationMember, createOrganisationWithOwner, createUser, reloadActor } from "#tests/factories/core";
import { createOvervecht, listingInput } from "#tests/factories/organisation";
import { createListing } from "./listing.server";
import {
  acceptInvite,
  changeMemberRole,
  getInvite,
  getOrganisation,
  hashInviteToken,
  INVITE_VALID_MS,
  inviteMember,
  listMembers,
  listMyOrganisations,
  registerOrganisation,
  removeMember,
  updateOrganisation,
} from "./organisation.server";

const profile = {
  name: "Buurtmoestuin De Groene Vinger",
  kind: "citizen_initiative" as const,
  description: "Samen tuinieren in de wijk.",
  email: "tuin@example.org",
  website: "https://tuin.example.org",
  phone: undefined,
  kvkNumber: "12345678",
};

describe("registering an organisation", () => {
  it("starts unverified with the registrant as owner, who then has the organiser role", () => {
    const actor = createUser();
    const result = registerOrganisation(actor, profile);
    if (!result.ok) throw new Error(result.error);
    expect(result.slug).toBe("buurtmoestuin-de-groene-vinger");
    const row = db.select().from(organisations).where(eq(organisations.id, result.id)).get();
    expect(row).toMatchObject({ verifiedAt: null, kvkNumber: "12345678", createdBy: actor.id });
    const member = db.select().from(organisationMembers).where(eq(organisationMembers.organisationId, result.id)).get();
    expect(member).toMatchObject({ userId: actor.id, role: "owner" });
    const next = reloadActor(actor);
    expect(next.organisations).toEqual([{ id: result.id, role: "owner", verified: false }]);
    expect(can(next, "initiative.publish_directly", { organisationId: result.id })).toBe(false);
    expect(listMyOrganisations(next)).toMatchObject([{ id: result.id, role: "owner", verified: false, listings: 0 }]);
  });

  it("numbers slugs of organisations with the same name", () => {
    const a = registerOrganisation(createUser(), { ...profile, name: "Samen Sterk" });
    const b = registerOrganisation(createUser(), { ...profile, name: "Samen sterk" });
    expect([a.ok && a.slug, b.ok && b.slug]).toEqual(["samen-sterk", "samen-sterk-2"]);
  });

  it("counts listings per organisation on the overview", () => {
    createOvervecht();
    const {
      organisation: { id: organisationId },
      owner,
    } = createOrganisationWithOwner({ verified: false });
    createListing(owner, organisationId, listingInput());
    createListing(owner, organisationId, listingInput());
    expect(listMyOrganisations(owner)).toMatchObject([{ id: organisationId, listings: 2 }]);
  });

  it("lets owners edit the profile; editors and strangers are refused", () => {
    const {
      organisation: { id: organisationId },
      owner,
    } = createOrganisationWithOwner({ verified: false });
    const editor = addOrganisationMember(organisationId, createUser(), "editor");
    expect(updateOrganisation(owner, organisationId, { ...profile, name: "Nieuwe naam" })).toEqual({ ok: true });
    expect(updateOrganisation(editor, organisationId, profile)).toEqual({ ok: false, error: "forbidden" });
    expect(updateOrganisation(createUser(), organisationId, profile)).toEqual({ ok: false, error: "forbidden" });
    expect(updateOrganisation(owner, 999_999, profile)).toEqual({ ok: false, error: "not_found" });
    expect(db.select().from(organisations).where(eq(organisations.id, organisationId)).get()?.name).toBe("Nieuwe naam");
    expect(getOrganisation(createUser(), organisationId)).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("members and invites", () => {
  it("invites by email: a token, an email in the inviter's language, and the invited person joins", () => {
    const {
      organisation: { id: organisationId },
      owner,
    } = createOrganisationWithOwner({ verified: false });
    const invite = inviteMember({ ...owner, locale: "en" }, organisationId, { email: "Nieuw@Example.org", role: "editor" });
    if (!invite.ok) throw new Error(invite.error);
    const token = invite.link.split("/uitnodiging/")[1]!;
    expect(token.length).toBeGreaterThanOrEqual(30);
    const mail = db.select().from(emailOutbox).where(eq(emailOutbox.to, "nieuw@example.org")).get();
    expect(mail?.subject).toMatch(/^Invitation to /);
    expect(mail?.body).toContain(invite.link);

    const wrongPerson = createUser({ email: "iemand.anders@example.org" });
    expect(acceptInvite(wrongPerson, token)).toEqual({ ok: false, error: "wrong_email" });
    const invited = createUser({ email: "nieuw@example.org" });
    expect(acceptInvite(invited, token)).toEqual({ ok: true, organisationId });
    expect(reloadActor(invited).organisations).toEqual([{ id: organisationId, role: "editor", verified: false }]);
    expect(acceptInvite(invited, token)).toEqual({ ok: false, error: "already_used" });
    expect(acceptInvite(invited, "no-such-token")).toEqual({ ok: false, error: "not_found" });
  });

  it("keeps only a hash of the token, never lists it, and lets the link lapse after seven days", () => {
    const {
      organisation: { id: organisationId },
      owner,
    } = createOrganisationWithOwner({ verified: false });
    const invite = inviteMember(owner, organisationId, { email: "later@example.org", role: "editor" });
    if (!invite.ok) throw new Error(invite.error);
    const token = invite.link.split("/uitnodiging/")[1]!;
    const row = db.select().from(organisationInvites).where(eq(organisationInvites.organisationId, organisationId)).get()!;
    expect(row.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const listed = listMembers(owner, organisationId);
    if (!listed.ok) throw new Error(listed.error);
    expect(JSON.stringify(listed.invites)).not.toContain(token);
    expect(listed.invites).toMatchObject([{ email: "later@example.org", expired: false }]);

    vi.useFakeTimers({ now: Date.now() + INVITE_VALID_MS + 1000, toFake: ["Date"] });
    try {
      expect(getInvite(token)?.state).toBe("expired");
      expect(acceptInvite(createUser({ email: "later@example.org" }), token)).toEqual({ ok: false, error: "expired" });
      const again = listMembers(owner, organisationId);
      expect(again.ok && again.invites).toMatchObject([{ email: "later@example.org", expired: true }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses an invite from before hashing: it has no token hash and no expiry", () => {
    const {
      organisation: { id: organisationId },
    } = createOrganisationWithOwner({ verified: false });
    db.insert(organisationInvites).values({ organisationId, email: "oud@example.org", role: "editor" }).run();
    expect(getInvite("")).toBeNull();
    expect(acceptInvite(createUser({ email: "oud@example.org" }), "")).toEqual({ ok: false, error: "not_found" });
  });

  it("replaces an open invite for the same address, refuses existing members, and is owners-only", () => {
    const {
      organisation: { id: organisationId },
      owner,
    } = createOrganisationWithOwner({ verified: false });
    inviteMember(owner, organisationId, { email: "twee@example.org", role: "editor" });
    inviteMember(owner, organisationId, { email: "twee@example.org", role: "owner" });
    const open = db.select().from(organisationInvites).where(eq(organisationInvites.organisationId, organisationId)).all();
    expect(open).toMatchObject([{ email: "twee@example.org", role: "owner" }]);
    expect(inviteMember(owner, organisationId, { email: owner.email, role: "editor" })).toEqual({ ok: false, error: "already_member" });
    const editor = addOrganisationMember(organisationId, createUser(), "editor");
    expect(inviteMember(editor, organisationId, { email: "x@example.org", role: "owner" })).toEqual({ ok: false, error: "forbidden" });
    const listed = listMembers(editor, organisationId);
    expect(listed.ok && listed.members).toHaveLength(2);
  });

  it("changes roles and removes members, but never the last owner", () => {
    const {
      organisation: { id: organisationId },
      owner,
    } = createOrganisationWithOwner({ verified: false });
    const editor = addOrganisationMember(organisationId, createUser(), "editor");
    expect(removeMember(owner, organisationId, owner.id)).toEqual({ ok: false, error: "last_owner" });
    expect(changeMemberRole(owner, organisationId, owner.id, "editor")).toEqual({ ok: false, error: "last_owner" });
    expect(changeMemberRole(editor, organisationId, editor.id, "owner")).toEqual({ ok: false, error: "forbidden" });
    expect(changeMemberRole(owner, organisationId, editor.id, "owner")).toEqual({ ok: true });
    // Now there are two owners, so the first may step down.
    expect(changeMemberRole(owner, organisationId, owner.id, "editor")).toEqual({ ok: true });
    const newOwner = reloadActor(editor);
    expect(removeMember(newOwner, organisationId, owner.id)).toEqual({ ok: true });
    expect(removeMember(newOwner, organisationId, owner.id)).toEqual({ ok: false, error: "not_found" });
    expect(reloadActor(owner).organisations).toEqual([]);
  });
});
