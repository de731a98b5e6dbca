import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { HouseholdView } from "~/models/household";
import { useFormatDate } from "./format";
import { ScoreChange } from "./score-change";
import { ConversationNotesSection, DomainNotesList } from "./conversation-notes";
import { LIFE_DOMAINS } from "~/domain/vocabulary";

const NEED_TONES: Record<string, string> = {
  open: "bg-[var(--color-warn-50)] text-[var(--color-warn-700)]",
  referred: "bg-[var(--color-brand-50)] text-[var(--color-brand-800)]",
  unmet: "bg-[var(--color-danger-50)] text-[var(--color-danger-700)]",
  resolved: "bg-gray-100 text-[var(--color-muted)]",
};

export function NeedsSection({ view }: { view: HouseholdView }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const { household, needs, intakes } = view;
  // Only a second intake has something to compare with.
  const changes = new Map((intakes.comparison ?? []).filter((c) => c.previous !== null).map((c) => [c.domain, c]));
  return (
    <section aria-labelledby="needs-title" className="card space-y-3">
      <h2 id="needs-title">{t("workspace.needs.title")}</h2>
      {intakes.latest ? (
        <p className="text-sm text-[var(--color-muted)]">{t("workspace.needs.fromIntake", { date: format.day(intakes.latest.completedAt) })}</p>
      ) : null}
      {intakes.inProgress ? (
        <p className="rounded-md bg-[var(--color-warn-50)] p-2 text-[var(--color-warn-700)]">
          {t("workspace.needs.intakeInProgress", { date: format.day(intakes.inProgress.createdAt) })}{" "}
          <Link to={`/werkplek/huishoudens/${household.id}/intake`}>{t("workspace.needs.continueIntake")}</Link>
        </p>
      ) : null}
      {needs.length === 0 ? (
        <p>
          {t("workspace.needs.none")}{" "}
          {!intakes.inProgress ? <Link to={`/werkplek/huishoudens/${household.id}/intake`}>{t("workspace.needs.startIntake")}</Link> : null}
        </p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {needs.map((need) => {
            const change = changes.get(need.domain);
            return (
              <li key={need.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div className="space-y-2">
                  <p className="font-semibold">{t(`vocab.domain.${need.domain}`)}</p>
                  <p className="text-sm">
                    {t(`vocab.zrm.${need.score}`)}
                    {change ? (
                      <>
                        {" · "}
                        <ScoreChange comparison={change} />
                      </>
                    ) : null}
                  </p>
                  {need.unmetReason ? <p className="text-sm italic">{need.unmetReason}</p> : null}
                  {need.status !== "resolved" ? <DomainNotesList notes={view.notes[need.domain]} /> : null}
                </div>
                <div className="flex items-center gap-3">
                  <span className={`badge ${NEED_TONES[need.status]}`}>{t(`workspace.needs.status.${need.status}`)}</span>
                  {need.status !== "resolved" ? (
                    <Link to={`/werkplek/huishoudens/${household.id}/behoeften/${need.id}`}>
                      {t("workspace.needs.findMatches")}
                      <span className="sr-only"> {t("workspace.needs.forDomain", { domain: t(`vocab.domain.${need.domain}`) })}</span>
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** What the household said about domains without an open need: strengths the plan can build on. */
export function OtherNotesSection({ view }: { view: HouseholdView }) {
  const { t } = useTranslation();
  const withNeed = new Set(view.needs.filter((n) => n.status !== "resolved").map((n) => n.domain));
  return (
    <ConversationNotesSection
      notes={view.notes}
      domains={LIFE_DOMAINS.filter((domain) => !withNeed.has(domain))}
      title={t("workspace.notes.otherTitle")}
      intro={t("workspace.notes.otherIntro")}
    />
  );
}

export function PlanSection({ view }: { view: HouseholdView }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const { plan, household } = view;
  return (
    <section aria-labelledby="plan-title" className="card space-y-3">
      <h2 id="plan-title">{t("workspace.plan.title")}</h2>
      {!plan || plan.goals.length === 0 ? <p>{t("workspace.plan.empty")}</p> : null}
      {plan?.reviewDate ? (
        <p className={plan.reviewOverdue ? "font-semibold text-[var(--color-danger-700)]" : ""}>
          {t(plan.reviewOverdue ? "workspace.plan.reviewOverdue" : "workspace.plan.reviewOn", { date: format.day(plan.reviewDate) })}
        </p>
      ) : null}
      {plan && plan.goals.length > 0 ? (
        <ul className="space-y-2">
          {plan.goals.map((goal) => (
            <li key={goal.id}>
              <p className="font-semibold">
                {goal.description}
                {goal.achievedAt ? <span className="badge ml-2">{t("workspace.plan.achieved")}</span> : null}
              </p>
              <p className="text-sm text-[var(--color-muted)]">
                {goal.needDomain ? t(`vocab.domain.${goal.needDomain}`) : t("workspace.plan.noNeed")} ·{" "}
                {t("workspace.plan.actionsDone", { done: goal.actions.filter((a) => a.doneAt).length, total: goal.actions.length })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to={`/werkplek/huishoudens/${household.id}/plan`}>{t("workspace.plan.open")}</Link>
      </p>
    </section>
  );
}

export function ReferralsSection({ view }: { view: HouseholdView }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  return (
    <section aria-labelledby="referrals-title" className="card space-y-3">
      <h2 id="referrals-title">{t("workspace.referrals.title")}</h2>
      {view.referrals.length === 0 ? (
        <p>{t("workspace.referrals.none")}</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {view.referrals.map((referral) => (
            <li key={referral.id} className="py-2">
              <p className="font-semibold">
                <Link to={`/werkplek/verwijzingen/${referral.id}`}>{referral.initiativeTitle}</Link>
              </p>
              <p className="text-sm">
                <span className="badge">{t(`vocab.referralStatus.${referral.status}`)}</span>
                {referral.needDomain ? ` · ${t(`vocab.domain.${referral.needDomain}`)}` : null}
                {referral.sentAt ? ` · ${t("workspace.referrals.sentOn", { date: format.day(referral.sentAt) })}` : null}
              </p>
              {referral.unanswered ? <p className="text-sm font-semibold text-[var(--color-danger-700)]">{t("workspace.referrals.unanswered")}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ConsentSection({ view }: { view: HouseholdView }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const { consent, household } = view;
  return (
    <section
      aria-labelledby="consent-title"
      className={`card space-y-2 border-2 ${consent.active ? "border-[var(--color-brand-600)]" : "border-[var(--color-warn-700)]"}`}
    >
      <h2 id="consent-title">{t("workspace.consent.title")}</h2>
      {consent.active && consent.givenOn ? (
        <>
          <p className="font-semibold text-[var(--color-brand-700)]">
            <span aria-hidden="true">✓ </span>
            {t("workspace.consent.activeSince", { date: format.day(consent.givenOn) })}
          </p>
          <p className="text-sm">{consent.scope}</p>
        </>
      ) : (
        <p className="font-semibold text-[var(--color-warn-700)]">
          <span aria-hidden="true">! </span>
          {t("workspace.consent.noneActive")}
        </p>
      )}
      <p>
        <Link to={`/werkplek/huishoudens/${household.id}/toestemming`}>{t("workspace.consent.manage")}</Link>
      </p>
    </section>
  );
}

export function ProfileSection({ view }: { view: HouseholdView }) {
  const { t } = useTranslation();
  const h = view.household;
  const list = (items: string[]) => (items.length ? items.join(", ") : t("workspace.household.unknown"));
  const rows: [string, string][] = [
    [t("workspace.household.team"), h.teamName],
    [t("workspace.household.consultant"), h.consultantName ?? t("workspace.household.noConsultant")],
    [t("workspace.household.pc4"), h.neighbourhoodName ? `${h.pc4} (${h.neighbourhoodName})` : h.pc4],
    [
      t("workspace.household.composition"),
      `${t("workspace.household.adults", { count: h.adults })}, ${t("workspace.household.childCount", { count: h.children.length })}`,
    ],
    [t("workspace.household.olderAdult"), h.hasOlderAdult ? t("workspace.household.yes") : t("workspace.household.no")],
    ...(h.children.length ? [[t("workspace.household.children"), h.children.map((band) => t(`vocab.ageBand.${band}`)).join(", ")] as [string, string]] : []),
    [t("workspace.household.languages"), list(h.languages.map((code) => t(`vocab.language.${code}`)))],
    [t("workspace.household.mobility"), h.mobility ? t(`vocab.mobility.${h.mobility}`) : t("workspace.household.unknown")],
    [t("workspace.household.maxTravelKm"), h.maxTravelKm !== null ? t("workspace.household.km", { km: h.maxTravelKm }) : t("workspace.household.unknown")],
    [t("workspace.household.availableDays"), list(h.availableDays.map((d) => t(`vocab.weekday.${d}`)))],
    [t("workspace.household.budget"), h.budget ? t(`vocab.budget.${h.budget}`) : t("workspace.household.unknown")],
    [
      t("workspace.household.accessibility"),
      list([...(h.needsWheelchairAccess ? [t("workspace.household.wheelchair")] : []), ...(h.needsHearingLoop ? [t("workspace.household.hearingLoop")] : [])]),
    ],
  ];
  return (
    <section aria-labelledby="profile-title" className="card space-y-2">
      <h2 id="profile-title">{t("workspace.household.profileTitle")}</h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
