import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ChecklistProgress, Evidence, PublicNeed } from "~/models/collective-need";

/** The state of the need in one sentence, with the link that matters (activity or merged need). */
export function NeedStatusNotice({ need }: { need: PublicNeed }) {
  const { t } = useTranslation();
  if (need.mergedInto) {
    return (
      <p className="card border-[var(--color-warn-700)] bg-[var(--color-warn-50)]">
        {t("collective.page.merged")} <Link to={`/vragen/${need.mergedInto.slug}`}>{need.mergedInto.title}</Link>
      </p>
    );
  }
  if (need.status === "answered" && need.activity) {
    return (
      <section aria-labelledby="activity-title" className="card bg-[var(--color-brand-50)]">
        <h2 id="activity-title">{t("collective.page.activityTitle")}</h2>
        <p className="mt-1">
          {t("collective.page.activityText")} <Link to={`/initiatieven/${need.activity.slug}`}>{need.activity.title}</Link>
        </p>
      </section>
    );
  }
  if (need.status === "closed") {
    return (
      <p className="card">
        {t("collective.page.closed")} {need.closeReason ? t("collective.page.closedReason", { reason: need.closeReason }) : null}
      </p>
    );
  }
  if (need.status === "in_progress") return <p className="card bg-[var(--color-brand-50)]">{t("collective.page.inProgress")}</p>;
  return null;
}

export function EvidenceText({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="evidence-title" className="card">
      <h2 id="evidence-title">{t("collective.page.evidenceTitle")}</h2>
      <p className="mt-1">{evidence.shown ? t("collective.page.evidenceCount", { count: evidence.count }) : t("collective.page.evidenceFew")}</p>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t("collective.page.evidenceExplain")}</p>
    </section>
  );
}

/** Each checklist item with a progress bar and the same in words; extra offers shown apart. */
export function ChecklistProgressList({ items }: { items: ChecklistProgress[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="checklist-title" className="card space-y-3">
      <h2 id="checklist-title">{t("collective.page.checklistTitle")}</h2>
      <ul className="space-y-4">
        {items.map((item) => {
          const kind = t(`vocab.checklistKind.${item.kind}`);
          return (
            <li key={item.id} className="space-y-1">
              <p className="font-semibold">
                {kind}
                {item.description ? <span className="font-normal"> · {item.description}</span> : null}
              </p>
              <progress
                className="h-3 w-full accent-[var(--color-brand-700)]"
                max={item.quantity}
                value={item.filled}
                aria-label={t("collective.page.progressLabel", { kind, filled: item.filled, quantity: item.quantity })}
              />
              <p className="text-sm">
                {t("collective.page.progress", {
                  filled: item.filled,
                  total: t(`collective.amount.${item.kind}`, { count: item.quantity }),
                })}
                {item.extra > 0 ? ` · ${t("collective.page.extra", { amount: t(`collective.amount.${item.kind}`, { count: item.extra }) })}` : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
