import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { emailOutbox, initiatives, organisationInvites, organisationMembers, organisations, users } from "~db/schema";
import { SLUG_FALLBACKS, slugify } from "~/domain/slug";
import type { OrganisationRole } from "~/domain/vocabulary";
import { allocateSlug } from "./slug.server";
import type { OrganisationInput } from "~/schemas/organisation";
import { db, type Tx, type Conn } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { getTranslator } from "~/utils/i18n.server";
import { can, type Actor } from "~/utils/permissions";

type Refused = { ok: false; error: "not_found" | "forbidden" };

/** Addresses under /mijn-organisatie/ that are pages, not organisations. */
const RESERVED_SLUGS = new Set(["nieuw", "verwijzingen"]);

function organisationSlug(tx: Tx, name: string) {
  const readable = slugify(name) || SLUG_FALLBACKS.organisation;
  // /mijn-organisatie/:org takes an id or a slug, so a slug is never only digits nor a page's name.
  const base = /^\d+$/.test(readable) || RESERVED_SLUGS.has(readable) ? `${SLUG_FALLBACKS.organisation}-${readable}` : readable;
  return allocateSlug(tx, organisations, base);
}

function normalise(input: OrganisationInput) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    website: input.website ?? null,
    email: input.email,
    phone: input.phone ?? null,
    kvkNumber: input.kvkNumber ?? null,
  };
}

/** The organisation an address means: /mijn-organisatie/12 or /mijn-organisatie/buurtkracht-overvecht. */
export function findOrganisationId(param: string): number | null {
  if (/^\d{1,12}$/.test(param)) return Number(param);
  if (param.length > 100) return null;
  return db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, param)).get()?.id ?? null;
}

/** A new organisation starts unverified; whoever registers it becomes its first owner. */
export function registerOrganisation(actor: Actor, input: OrganisationInput): { ok: true; id: number; slug: string } | Refused {
  if (!can(actor, "organisation.register")) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const slug = organisationSlug(tx, input.name);
    const row = tx
      .insert(organisations)
      .values({ ...normalise(input), slug, createdBy: actor.id })
      .returning({ id: organisations.id })
      .get();
    tx.insert(organisationMembers).values({ organisationId: row.id, userId: actor.id, role: "owner" }).run();
    return { ok: true as const, id: row.id, slug };
  });
}

/** Owners edit the profile. The slug stays, so links people shared keep working. */
export function updateOrganisation(actor: Actor, organisationId: number, input: OrganisationInput): { ok: true } | Refused {
  const existing = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!existing) return { ok: false, error: "not_found" };
  if (!can(actor, "organisation.edit", { organisationId })) return { ok: false, error: "forbidden" };
  db.update(organisations).set(normalise(input)).where(eq(organisations.id, organisationId)).run();
  return { ok: true };
}

export type MyOrganisation = {
  id: number;
  name: string;
  slug: string;
  role: OrganisationRole;
  verified: boolean;
  listings: number;
};

/** The organisations the user belongs to, with how many listings each has. */
export function listMyOrganisations(actor: Actor): MyOrganisation[] {
  const rows = db
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      role: organisationMembers.role,
      verifiedAt: organisations.verifiedAt,
      listings: sql<number>`(select count(*) from ${initiatives} where ${initiatives.organisationId} = ${organisations.id})`,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, actor.id))
    .orderBy(organisations.name)
    .all();
  return rows.map(({ verifiedAt, ...row }) => ({ ...row, verified: verifiedAt !== null }));
}

export type OrganisationDetails = typeof organisations.$inferSelect & { verified: boolean };

/** One organisation for its members (and admins): the profile with its verification state. */
export function getOrganisation(actor: Actor, organisationId: number): { ok: true; organisation: OrganisationDetails } | Refused {
  const organisation = db.select().from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!organisation) return { ok: false, error: "not_found" };
  if (!can(actor, "organisation.view_dashboard", { organisationId })) return { ok: false, error: "forbidden" };
  return { ok: true, organisation: { ...organisation, verified: organisation.verifiedAt !== null } };
}

export type Member = { userId: string; name: string; email: string; role: OrganisationRole };
/** An invite not accepted yet; its link is never shown again, only whether it still works. */
export type PendingInvite = { id: number; email: string; role: OrganisationRole; createdAt: Date; expiresAt: Date | null; expired: boolean };

/** Members and open invites; every member may look, only owners change anything. */
export function listMembers(actor: Actor, organisationId: number): { ok: true; members: Member[]; invites: PendingInvite[] } | Refused {
  const found = getOrganisation(actor, organisationId);
  if (!found.ok) return found;
  const members = db
    .select({ userId: users.id, name: users.name, email: users.email, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(users.name)
    .all();
  const invites = db
    .select({
      id: organisationInvites.id,
      email: organisationInvites.email,
      role: organisationInvites.role,
      createdAt: organisationInvites.createdAt,
      expiresAt: organisationInvites.expiresAt,
    })
    .from(organisationInvites)
    .where(and(eq(organisationInvites.organisationId, organisationId), isNull(organisationInvites.acceptedAt)))
    .orderBy(organisationInvites.createdAt)
    .all();
  const now = Date.now();
  return { ok: true, members, invites: invites.map((invite) => ({ ...invite, expired: isExpired(invite.expiresAt, now) })) };
}

/** An invite link works for a week, once; the database keeps only a hash of its token (docs/decisions/005). */
export const INVITE_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/** SHA-256 of the token: the token is random, so a plain hash is enough and a stolen copy of the database opens nothing. */
export function hashInviteToken(token: string) {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Invites from before hashing have no expiry and count as expired. */
function isExpired(expiresAt: Date | null, now = Date.now()) {
  return expiresAt === null || expiresAt.getTime() <= now;
}

function inviteLink(token: string) {
  return `${getEnv().PUBLIC_URL.replace(/\/$/, "")}/uitnodiging/${token}`;
}

export type InviteResult = { ok: true; link: string } | Refused | { ok: false; error: "already_member" };

/**
 * An owner invites someone by email. The link goes only into the email, queued in the inviter's
 * language (the invitee has no known language yet). A newer invite replaces an open one.
 */
export function inviteMember(actor: Actor, organisationId: number, input: { email: string; role: OrganisationRole }): InviteResult {
  const organisation = db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!organisation) return { ok: false, error: "not_found" };
  if (!can(actor, "organisation.manage_members", { organisationId })) return { ok: false, error: "forbidden" };
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(24).toString("base64url");
  const link = inviteLink(token);
  const t = getTranslator(actor.locale);
  return db.transaction((tx) => {
    const member = tx
      .select({ userId: users.id })
      .from(organisationMembers)
      .innerJoin(users, eq(users.id, organisationMembers.userId))
      .where(and(eq(organisationMembers.organisationId, organisationId), eq(users.email, email)))
      .get();
    if (member) return { ok: false as const, error: "already_member" as const };
    tx.delete(organisationInvites)
      .where(and(eq(organisationInvites.organisationId, organisationId), eq(organisationInvites.email, email), isNull(organisationInvites.acceptedAt)))
      .run();
    tx.insert(organisationInvites)
      .values({
        organisationId,
        email,
        role: input.role,
        tokenHash: hashInviteToken(token),
        expiresAt: new Date(Date.now() + INVITE_VALID_MS),
        invitedBy: actor.id,
      })
      .run();
    const params = { inviter: actor.name, organisation: organisation.name, role: t(`vocab.organisationRole.${input.role}`), link };
    tx.insert(emailOutbox)
      .values({ to: email, subject: t("organiser.invite.emailSubject", params), body: t("organiser.invite.emailBody", params) })
      .run();
    return { ok: true as const, link };
  });
}

export type InviteState = "open" | "used" | "expired";
export type InviteDetails = { organisationName: string; email: string; role: OrganisationRole; state: InviteState };

function stateOf(invite: { acceptedAt: Date | null; expiresAt: Date | null }): InviteState {
  if (invite.acceptedAt) return "used";
  return isExpired(invite.expiresAt) ? "expired" : "open";
}

export function getInvite(token: string): InviteDetails | null {
  const row = db
    .select({
      organisationName: organisations.name,
      email: organisationInvites.email,
      role: organisationInvites.role,
      acceptedAt: organisationInvites.acceptedAt,
      expiresAt: organisationInvites.expiresAt,
    })
    .from(organisationInvites)
    .innerJoin(organisations, eq(organisations.id, organisationInvites.organisationId))
    .where(eq(organisationInvites.tokenHash, hashInviteToken(token)))
    .get();
  if (!row) return null;
  return { organisationName: row.organisationName, email: row.email, role: row.role, state: stateOf(row) };
}

export type AcceptInviteResult = { ok: true; organisationId: number } | { ok: false; error: "not_found" | "already_used" | "expired" | "wrong_email" };

/** Only the person the invite was sent to may use it, only once, and only within the week. */
export function acceptInvite(actor: Actor, token: string): AcceptInviteResult {
  return db.transaction((tx) => {
    const invite = tx
      .select()
      .from(organisationInvites)
      .where(eq(organisationInvites.tokenHash, hashInviteToken(token)))
      .get();
    if (!invite) return { ok: false as const, error: "not_found" as const };
    const state = stateOf(invite);
    if (state === "used") return { ok: false as const, error: "already_used" as const };
    if (state === "expired") return { ok: false as const, error: "expired" as const };
    if (invite.email !== actor.email.toLowerCase()) return { ok: false as const, error: "wrong_email" as const };
    // Single use even under a race: only the update that finds it still open counts.
    const used = tx
      .update(organisationInvites)
      .set({ acceptedAt: new Date() })
      .where(and(eq(organisationInvites.id, invite.id), isNull(organisationInvites.acceptedAt)))
      .run();
    if (used.changes === 0) return { ok: false as const, error: "already_used" as const };
    tx.insert(organisationMembers).values({ organisationId: invite.organisationId, userId: actor.id, role: invite.role }).onConflictDoNothing().run();

    return { ok: true as const, organisationId: invite.organisationId };
  });
}

type MemberChangeResult = { ok: true } | Refused | { ok: false; error: "last_owner" };

/** An organisation always keeps at least one owner, or nobody could manage it any more. */
function leavesNoOwner(tx: Tx, organisationId: number, userId: string) {
  const owners = tx
    .select({ n: count() })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, "owner")))
    .get()!.n;
  const target = tx
    .select({ role: organisationMembers.role })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
    .get();
  return target?.role === "owner" && owners <= 1;
}

function changeMembership(
  actor: Actor,
  organisationId: number,
  userId: string,
  change: (tx: Tx, where: ReturnType<typeof and>) => void,
  needsOwnerCheck: boolean,
): MemberChangeResult {
  if (!can(actor, "organisation.manage_members", { organisationId })) return { ok: false, error: "forbidden" };
  return db.transaction((tx) => {
    const where = and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId));
    const member = tx.select({ role: organisationMembers.role }).from(organisationMembers).where(where).get();
    if (!member) return { ok: false as const, error: "not_found" as const };
    if (needsOwnerCheck && leavesNoOwner(tx, organisationId, userId)) return { ok: false as const, error: "last_owner" as const };
    change(tx, where);
    return { ok: true as const };
  });
}

export function changeMemberRole(actor: Actor, organisationId: number, userId: string, role: OrganisationRole): MemberChangeResult {
  return changeMembership(actor, organisationId, userId, (tx, where) => tx.update(organisationMembers).set({ role }).where(where).run(), role !== "owner");
}

export function removeMember(actor: Actor, organisationId: number, userId: string): MemberChangeResult {
  return changeMembership(actor, organisationId, userId, (tx, where) => tx.delete(organisationMembers).where(where).run(), true);
}

/** Everyone who should hear about the organisation's listings: all its members. */
export function memberIds(tx: Conn, organisationId: number): string[] {
  return tx
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(eq(organisationMembers.organisationId, organisationId))
    .all()
    .map((r) => r.userId);
}
