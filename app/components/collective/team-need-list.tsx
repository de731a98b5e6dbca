import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TeamNeed, TeamNeedState } from "~/models/collective-need";

const STATES: TeamNeedState[] = ["current", "answered", "closed"];

/** Links to each state of the team's needs, keeping the signal filters of the page. */
function StateLinks({ state, counts }: { state: TeamNeedState; counts: Record<TeamNeedState, number> }) {
  const { t } = useTranslation();
  const location = useLocation();
  const hrefOf = (next: TeamNeedState) => {
    const params = new URLSearchParams(location.search);
    if (next === "current") params.delete("vragen");
    else params.set("vragen", next);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}#team-needs`;
  };
  return (
    <nav aria-label={t("collective.teamNeeds.stateLabel")}>
      <ul className="flex flex-wrap gap-2">
        {STATES.map((s) => (
          <li key={s}>
            <Link
              to={hrefOf(s)}
              aria-current={s === state ? "page" : undefined}
              className={s === state ? "btn btn-primary" : "btn btn-secondary"}
              preventScrollReset
            >
              {t(`collective.teamNeeds.state.${s}`, { count: counts[s] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function TeamNeedList({ needs, state, counts }: { needs: TeamNeed[]; state: TeamNeedState; counts: Record<TeamNeedState, number> }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-3">
      <StateLinks state={state} counts={counts} />
      {needs.length === 0 ? (
        <p>{t(state === "current" ? "collective.signals.noTeamNeeds" : `collective.teamNeeds.none.${state}`)}</p>
      ) : (
        <ul className="divide-y divide-[var(--color-brand-100)]">
          {needs.map((need) => (
            <li key={need.id} className="flex flex-wrap items-baseline gap-2 py-2">
              <Link to={`/werkplek/vragen/${need.id}`} className="font-semibold">
                {need.title}
              </Link>
              <span className="badge">{t(`vocab.collectiveNeedStatus.${need.status}`)}</span>
              <span className="text-sm text-[var(--color-muted)]">
                {need.neighbourhoodName} · {t(`vocab.domain.${need.domain}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
