import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ExclusionGroup, MatchRow } from "~/models/matching.server";
import { reasonText } from "./reasons";
import { numberFormat } from "~/utils/number-format";

const TONE_CLASS = {
  good: "",
  neutral: "text-[var(--color-muted)]",
  bad: "font-semibold text-[var(--color-danger-700)]",
} as const;

/** The reasons in one line, good and bad: "Sociaal netwerk · 1,2 km · dinsdag past · gratis · wachtlijst". */
function MatchReasons({ reasons }: { reasons: MatchRow["reasons"] }) {
  const { t, i18n } = useTranslation();
  return (
    <p>
      {reasons.map((reason, i) => (
        <span key={`${reason.factor}-${reason.code}-${i}`} className={TONE_CLASS[reason.tone]}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {reason.tone === "bad" ? <span className="sr-only">{t("referrals.tone.bad")}: </span> : null}
          {reason.tone === "bad" ? <span aria-hidden="true">✗ </span> : null}
          {reasonText(t, reason, i18n.language)}
          {i < reasons.length - 1 ? <span className="sr-only">,</span> : null}
        </span>
      ))}
    </p>
  );
}

export function MatchList({ matches, referUrl }: { matches: MatchRow[]; referUrl: (initiativeId: number) => string }) {
  const { t, i18n } = useTranslation();
  const number = numberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <ol className="space-y-3">
      {matches.map((match) => (
        <li key={match.initiativeId} className="card space-y-2">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 className="text-lg">
                <Link to={`/initiatieven/${match.slug}`}>{match.title}</Link>
              </h3>
              <p className="text-sm text-[var(--color-muted)]">
                {match.organisationName}
                {match.neighbourhoodName ? ` · ${match.neighbourhoodName}` : ""}
              </p>
            </div>
            <p className="text-sm">
              {match.waitlist ? <span className="badge mr-2">{t("referrals.matches.waitlist")}</span> : null}
              {t("referrals.matches.score", { score: number.format(match.score) })}
            </p>
          </div>
          <MatchReasons reasons={match.reasons} />
          <Link to={referUrl(match.initiativeId)} className="btn btn-primary">
            {t("referrals.matches.refer")}
            <span className="sr-only"> — {match.title}</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

export function ExclusionList({ groups }: { groups: ExclusionGroup[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="excluded-title" className="card space-y-3">
      <h2 id="excluded-title">{t("referrals.matches.excludedTitle")}</h2>
      <dl className="space-y-3">
        {groups.map((group) => (
          <div key={group.reason}>
            <dt className="font-semibold">
              {t(`referrals.excluded.${group.reason}`)} ({t("referrals.matches.excludedCount", { count: group.count })})
            </dt>
            <dd>
              {group.examples.map((example) => example.title).join(", ")}
              {group.count > group.examples.length ? ` ${t("referrals.matches.andMore", { count: group.count - group.examples.length })}` : ""}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
