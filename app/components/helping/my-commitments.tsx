import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MyPage } from "~/models/my-page.server";
import type { MyParticipation } from "~/models/participation.server";
import { SEARCH_PARAM } from "~/schemas/search";
import { ApplicationStatusBadge } from "./application-status";
import { formatDate } from "~/utils/dates";

function Section({ id, title, empty, children, more }: { id: string; title: string; empty: string | null; children: ReactNode; more?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card space-y-3">
      <h2 id={id}>{title}</h2>
      {empty !== null ? <p>{empty}</p> : children}
      {more}
    </section>
  );
}

export function MyApplications({ applications }: { applications: MyPage["applications"] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section
      id="applications-title"
      title={t("helping.myPage.applicationsTitle")}
      empty={applications.length === 0 ? t("helping.myPage.applicationsEmpty") : null}
      more={<Link to={`/initiatieven?${SEARCH_PARAM.kind}=volunteers`}>{t("helping.myPage.findVolunteerWork")}</Link>}
    >
      <ul className="divide-y divide-[var(--color-brand-100)]">
        {applications.map((application) => (
          <li key={application.id} className="space-y-1 py-3">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="text-base font-semibold">
                <Link to={`/initiatieven/${application.initiativeSlug}`}>{application.initiativeTitle}</Link>
              </h3>
              <ApplicationStatusBadge status={application.status} />
            </div>
            <p className="text-sm text-[var(--color-muted)]">
              {application.organisationName} · {t("helping.myPage.appliedOn", { date: formatDate(application.createdAt, i18n.language) })}
            </p>
            {application.status === "declined" && application.declineReason ? (
              <p>{t("helping.myPage.declineReason", { reason: application.declineReason })}</p>
            ) : null}
            {application.status === "pending" ? (
              <Form method="post">
                <input type="hidden" name="intent" value="withdraw" />
                <input type="hidden" name="applicationId" value={application.id} />
                <button type="submit" className="btn btn-secondary">
                  {t("helping.myPage.withdraw")}
                  <span className="sr-only"> ({application.initiativeTitle})</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function MySupports({ supports }: { supports: MyPage["supports"] }) {
  const { t } = useTranslation();
  return (
    <Section
      id="supports-title"
      title={t("helping.myPage.supportsTitle")}
      empty={supports.length === 0 ? t("helping.myPage.supportsEmpty") : null}
      more={<Link to="/vragen">{t("helping.myPage.browseNeeds")}</Link>}
    >
      <ul className="space-y-2">
        {supports.map((support) => (
          <li key={support.needSlug} className="flex flex-wrap items-center gap-2">
            <Link to={`/vragen/${support.needSlug}`}>{support.needTitle}</Link>
            <span className="badge">{t(`vocab.supportKind.${support.kind}`)}</span>
            <span className="text-sm text-[var(--color-muted)]">{t(`vocab.collectiveNeedStatus.${support.needStatus}`)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function MyPledges({ pledges }: { pledges: MyPage["pledges"] }) {
  const { t } = useTranslation();
  return (
    <Section id="pledges-title" title={t("helping.myPage.pledgesTitle")} empty={pledges.length === 0 ? t("helping.myPage.pledgesEmpty") : null}>
      <ul className="space-y-3">
        {pledges.map((pledge) => (
          <li key={pledge.id} className="space-y-1">
            <Link to={`/vragen/${pledge.needSlug}`}>{pledge.needTitle}</Link>
            <p>
              {pledge.checklistKind
                ? t("helping.myPage.pledgeAmount", { kind: t(`vocab.checklistKind.${pledge.checklistKind}`), amount: pledge.amount })
                : pledge.amount}
              {pledge.isExtra ? ` · ${t("helping.myPage.pledgeExtra")}` : ""}
            </p>
            <p className="text-sm text-[var(--color-muted)]">
              {pledge.organisationName
                ? t("helping.myPage.pledgeAsOrganisation", { organisation: pledge.organisationName })
                : pledge.showName
                  ? t("helping.myPage.pledgeNameShown")
                  : t("helping.myPage.pledgeNameHidden")}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function MyFollows({ follows }: { follows: MyPage["follows"] }) {
  const { t } = useTranslation();
  return (
    <Section id="follows-title" title={t("helping.myPage.followsTitle")} empty={follows.length === 0 ? t("helping.myPage.followsEmpty") : null}>
      <ul className="space-y-2">
        {follows.map((follow) => (
          <li key={follow.needSlug} className="flex flex-wrap items-center gap-2">
            <Link to={`/vragen/${follow.needSlug}`}>{follow.needTitle}</Link>
            <span className="text-sm text-[var(--color-muted)]">{t(`vocab.collectiveNeedStatus.${follow.needStatus}`)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function MyInvites({ invites }: { invites: MyPage["invites"] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section id="invites-title" title={t("helping.myPage.invitesTitle")} empty={invites.length === 0 ? t("helping.myPage.invitesEmpty") : null}>
      <ul className="space-y-3">
        {invites.map((invite) => (
          <li key={invite.id} className="space-y-1">
            <p className="font-semibold">{t("helping.myPage.inviteFrom", { organisation: invite.organisationName })}</p>
            <p>
              {invite.initiativeTitle ? t("helping.myPage.inviteFor", { initiative: invite.initiativeTitle }) : t("helping.myPage.inviteGeneral")}{" "}
              <span className="text-sm text-[var(--color-muted)]">· {formatDate(invite.createdAt, i18n.language)}</span>
            </p>
            {invite.message ? <p className="italic">{invite.message}</p> : null}
            {invite.answer && invite.respondedAt ? (
              <p>{t(`helping.myPage.inviteAnswered.${invite.answer}`, { date: formatDate(invite.respondedAt, i18n.language) })}</p>
            ) : (
              <InviteAnswerButtons invite={invite} />
            )}
            {invite.initiativeSlug && invite.answer !== "declined" ? (
              <Link to={`/initiatieven/${invite.initiativeSlug}/aanmelden`}>
                {t("helping.myPage.inviteRespond")}
                <span className="sr-only"> ({invite.initiativeTitle})</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Yes or no to one invitation; the screen reader hears which one each button answers. */
function InviteAnswerButtons({ invite }: { invite: MyPage["invites"][number] }) {
  const { t } = useTranslation();
  const about = [
    t("helping.myPage.inviteFrom", { organisation: invite.organisationName }),
    invite.initiativeTitle ? t("helping.myPage.inviteFor", { initiative: invite.initiativeTitle }) : t("helping.myPage.inviteGeneral"),
  ].join(", ");
  const hintId = `invite-hint-${invite.id}`;
  return (
    <div className="space-y-2">
      <p id={hintId} className="text-sm text-[var(--color-muted)]">
        {t("helping.myPage.inviteAcceptHint")}
      </p>
      <div className="flex flex-wrap gap-2">
        {(["accepted", "declined"] as const).map((answer) => (
          <Form method="post" key={answer}>
            <input type="hidden" name="intent" value="answerInvite" />
            <input type="hidden" name="inviteId" value={invite.id} />
            <input type="hidden" name="answer" value={answer} />
            <button
              type="submit"
              className={`btn ${answer === "accepted" ? "btn-primary" : "btn-secondary"}`}
              aria-describedby={answer === "accepted" ? hintId : undefined}
            >
              {t(answer === "accepted" ? "helping.myPage.inviteAccept" : "helping.myPage.inviteDecline")}
              <span className="sr-only"> ({about})</span>
            </button>
          </Form>
        ))}
      </div>
    </div>
  );
}

/** Activities the resident signed up for in the site, and any the organiser took them off. */
export function MyParticipations({ participations }: { participations: MyParticipation[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Section id="participations-title" title={t("takingPart.mine.title")} empty={participations.length === 0 ? t("takingPart.mine.empty") : null}>
      <ul className="divide-y divide-[var(--color-brand-100)]">
        {participations.map((participation) => (
          <li key={participation.initiativeId} className="space-y-1 py-3">
            <h3 className="text-base font-semibold">
              <Link to={`/initiatieven/${participation.initiativeSlug}`}>{participation.initiativeTitle}</Link>
            </h3>
            <p className="text-sm text-[var(--color-muted)]">
              {participation.organisationName} · {t("takingPart.mine.signedUpOn", { date: formatDate(participation.signedUpAt, i18n.language) })}
            </p>
            {participation.status === "removed" ? (
              <p>{t("takingPart.mine.removed", { message: participation.removalMessage ?? "" })}</p>
            ) : (
              <>
                <p>{t("takingPart.mine.active")}</p>
                <Form method="post">
                  <input type="hidden" name="intent" value="cancelSignUp" />
                  <input type="hidden" name="initiativeId" value={participation.initiativeId} />
                  <button type="submit" className="btn btn-secondary">
                    {t("takingPart.page.cancel")}
                    <span className="sr-only"> ({participation.initiativeTitle})</span>
                  </button>
                </Form>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
