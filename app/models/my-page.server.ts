/**
 * Everything of one resident in one place, and all of it as a download. Reads the collective-need
 * tables directly (supports, pledges, followers) so this page does not depend on that model's shape.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import {
  checklistItems,
  collectiveNeedFollowers,
  collectiveNeeds,
  helperInvites,
  helperProfiles,
  initiatives,
  neighbourhoods,
  notifications,
  organisationMembers,
  organisations,
  pledges,
  supports,
  teamMembers,
  teams,
  users,
  volunteerApplications,
} from "~db/schema";
import type { ChecklistKind, CollectiveNeedStatus, InviteAnswer, SupportKind } from "~/domain/vocabulary";
import type { TFunction } from "i18next";
import { describeAvailability } from "~/utils/availability";
import { db } from "~/utils/db.server";
import type { Actor } from "~/utils/permissions";
import { listMyApplications, type MyApplication } from "./volunteering.server";

type NeedRef = { needSlug: string; needTitle: string; needStatus: CollectiveNeedStatus };

export type MyPage = {
  hasHelperProfile: boolean;
  discoverable: boolean;
  supports: (NeedRef & { kind: SupportKind })[];
  pledges: (NeedRef & {
    id: number;
    checklistKind: ChecklistKind | null;
    amount: number;
    message: string;
    showName: boolean;
    isExtra: boolean;
    organisationName: string | null;
  })[];
  applications: MyApplication[];
  follows: NeedRef[];
  invites: {
    id: number;
    organisationName: string;
    initiativeTitle: string | null;
    initiativeSlug: string | null;
    message: string;
    createdAt: Date;
    answer: InviteAnswer | null;
    respondedAt: Date | null;
  }[];
};

const needRef = { needSlug: collectiveNeeds.slug, needTitle: collectiveNeeds.title, needStatus: collectiveNeeds.status };

export function getMyPage(actor: Actor): MyPage {
  const profile = db.select({ discoverable: helperProfiles.discoverable }).from(helperProfiles).where(eq(helperProfiles.userId, actor.id)).get();
  return {
    hasHelperProfile: Boolean(profile),
    discoverable: profile?.discoverable ?? false,
    supports: db
      .select({ ...needRef, kind: supports.kind })
      .from(supports)
      .innerJoin(collectiveNeeds, eq(collectiveNeeds.id, supports.collectiveNeedId))
      .where(eq(supports.userId, actor.id))
      .orderBy(desc(supports.createdAt))
      .all(),
    // Withdrawn pledges no longer count as a commitment; the export still holds them.
    pledges: db
      .select({
        ...needRef,
        id: pledges.id,
        checklistKind: checklistItems.kind,
        amount: pledges.amount,
        message: pledges.message,
        showName: pledges.showName,
        isExtra: pledges.isExtra,
        organisationName: organisations.name,
      })
      .from(pledges)
      .innerJoin(collectiveNeeds, eq(collectiveNeeds.id, pledges.collectiveNeedId))
      .leftJoin(checklistItems, eq(checklistItems.id, pledges.checklistItemId))
      .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
      .where(and(eq(pledges.userId, actor.id), isNull(pledges.withdrawnAt)))
      .orderBy(desc(pledges.createdAt), desc(pledges.id))
      .all(),
    applications: listMyApplications(actor),
    follows: db
      .select(needRef)
      .from(collectiveNeedFollowers)
      .innerJoin(collectiveNeeds, eq(collectiveNeeds.id, collectiveNeedFollowers.collectiveNeedId))
      .where(eq(collectiveNeedFollowers.userId, actor.id))
      .orderBy(desc(collectiveNeedFollowers.createdAt))
      .all(),
    invites: listMyInvites(actor.id),
  };
}

function listMyInvites(userId: string) {
  return db
    .select({
      id: helperInvites.id,
      organisationName: organisations.name,
      initiativeTitle: initiatives.title,
      initiativeSlug: initiatives.slug,
      message: helperInvites.message,
      createdAt: helperInvites.createdAt,
      answer: helperInvites.answer,
      respondedAt: helperInvites.respondedAt,
    })
    .from(helperInvites)
    .innerJoin(organisations, eq(organisations.id, helperInvites.organisationId))
    .leftJoin(initiatives, eq(initiatives.id, helperInvites.initiativeId))
    .where(eq(helperInvites.userId, userId))
    .orderBy(desc(helperInvites.createdAt), desc(helperInvites.id))
    .all();
}

/**
 * All personal data Wijkmarkt holds about the actor, as one JSON-ready object (GDPR art. 15 and
 * 20), in words of the actor's language rather than internal codes. Only the actor's own rows;
 * never the password hash.
 */
export function exportMyData(actor: Actor, t: TFunction) {
  const account = db
    .select({ email: users.email, name: users.name, locale: users.locale, isAdmin: users.isAdmin, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, actor.id))
    .get();
  const profile = db
    .select({ profile: helperProfiles, neighbourhood: neighbourhoods.name })
    .from(helperProfiles)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, helperProfiles.neighbourhoodId))
    .where(eq(helperProfiles.userId, actor.id))
    .get();
  const yesNo = (value: boolean) => t(value ? "common.yes" : "common.no");
  const need = (row: { needTitle: string; needSlug: string; needStatus: CollectiveNeedStatus }) => ({
    collectiveNeed: row.needTitle,
    address: `/vragen/${row.needSlug}`,
    status: t(`vocab.collectiveNeedStatus.${row.needStatus}`),
  });
  return {
    exportedAt: new Date().toISOString(),
    account: account
      ? {
          name: account.name,
          email: account.email,
          language: t(`vocab.language.${account.locale}`),
          administrator: yesNo(account.isAdmin),
          createdAt: account.createdAt,
        }
      : null,
    helperProfile: profile
      ? {
          skills: profile.profile.skills,
          interests: profile.profile.interests.map((domain) => t(`vocab.domain.${domain}`)),
          neighbourhood: profile.neighbourhood,
          availability: describeAvailability(profile.profile.availability, t),
          languages: profile.profile.languages.map((code) => t(`vocab.language.${code}`)),
          about: profile.profile.about,
          findableByOrganisations: yesNo(profile.profile.discoverable),
          updatedAt: profile.profile.updatedAt,
        }
      : null,
    supports: db
      .select({ ...needRef, kind: supports.kind, createdAt: supports.createdAt })
      .from(supports)
      .innerJoin(collectiveNeeds, eq(collectiveNeeds.id, supports.collectiveNeedId))
      .where(eq(supports.userId, actor.id))
      .all()
      .map((row) => ({ ...need(row), kind: t(`vocab.supportKind.${row.kind}`), createdAt: row.createdAt })),
    pledges: db
      .select({
        ...needRef,
        checklistKind: checklistItems.kind,
        organisationName: organisations.name,
        amount: pledges.amount,
        message: pledges.message,
        showName: pledges.showName,
        isExtra: pledges.isExtra,
        withdrawnAt: pledges.withdrawnAt,
        createdAt: pledges.createdAt,
      })
      .from(pledges)
      .innerJoin(collectiveNeeds, eq(collectiveNeeds.id, pledges.collectiveNeedId))
      .leftJoin(checklistItems, eq(checklistItems.id, pledges.checklistItemId))
      .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
      .where(eq(pledges.userId, actor.id))
      .all()
      .map((row) => ({
        ...need(row),
        what: row.checklistKind ? t(`vocab.checklistKind.${row.checklistKind}`) : null,
        amount: row.checklistKind ? t(`collective.amount.${row.checklistKind}`, { count: row.amount }) : String(row.amount),
        onBehalfOf: row.organisationName,
        message: row.message,
        nameShown: yesNo(row.showName),
        beyondWhatWasAsked: yesNo(row.isExtra),
        withdrawnAt: row.withdrawnAt,
        createdAt: row.createdAt,
      })),
    volunteerApplications: db
      .select({
        initiativeTitle: initiatives.title,
        initiativeSlug: initiatives.slug,
        message: volunteerApplications.message,
        status: volunteerApplications.status,
        declineReason: volunteerApplications.declineReason,
        decidedAt: volunteerApplications.decidedAt,
        createdAt: volunteerApplications.createdAt,
      })
      .from(volunteerApplications)
      .innerJoin(initiatives, eq(initiatives.id, volunteerApplications.initiativeId))
      .where(eq(volunteerApplications.userId, actor.id))
      .all()
      .map(({ initiativeSlug, status, ...row }) => ({ ...row, address: `/initiatieven/${initiativeSlug}`, status: t(`vocab.applicationStatus.${status}`) })),
    follows: db
      .select({ ...needRef, createdAt: collectiveNeedFollowers.createdAt })
      .from(collectiveNeedFollowers)
      .innerJoin(collectiveNeeds, eq(collectiveNeeds.id, collectiveNeedFollowers.collectiveNeedId))
      .where(eq(collectiveNeedFollowers.userId, actor.id))
      .all()
      .map((row) => ({ ...need(row), createdAt: row.createdAt })),
    helperInvites: listMyInvites(actor.id).map(({ id: _id, initiativeSlug: _slug, answer, ...invite }) => ({
      ...invite,
      answer: answer ? t(`helping.myPage.inviteAnswer.${answer}`) : null,
    })),
    notifications: db
      .select({
        kind: notifications.kind,
        params: notifications.params,
        link: notifications.link,
        readAt: notifications.readAt,
        emailedAt: notifications.emailedAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(eq(notifications.userId, actor.id))
      .all()
      .map(({ kind, params, ...row }) => ({ message: t(kind, params ?? {}), ...row })),
    organisationMemberships: db
      .select({ organisationName: organisations.name, role: organisationMembers.role, since: organisationMembers.createdAt })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(eq(organisationMembers.userId, actor.id))
      .all()
      .map((row) => ({ ...row, role: t(`vocab.organisationRole.${row.role}`) })),
    teamMemberships: db
      .select({ teamName: teams.name, role: teamMembers.role, since: teamMembers.createdAt })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(eq(teamMembers.userId, actor.id))
      .all()
      .map((row) => ({ ...row, role: t(`vocab.teamRole.${row.role}`) })),
  };
}
export type MyData = ReturnType<typeof exportMyData>;
