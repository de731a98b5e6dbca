import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SignalFilters } from "~/components/collective/signal-filters";
import { SignalTable } from "~/components/collective/signal-table";
import { TeamNeedList } from "~/components/collective/team-need-list";
import { TeamStatisticsSection } from "~/components/collective/team-statistics";
import { listTeamNeeds } from "~/models/collective-need";
import { listSignalNeighbourhoods, listSignals } from "~/models/signals.server";
import { getTeamStatistics } from "~/models/statistics.server";
import { parseSignalFilter, parseTeamNeedState } from "~/schemas/signals";
import { requireRole } from "~/utils/guards.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "collective.signals.title"), message(matches, "collective.signals.metaDescription"));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  const params = new URL(request.url).searchParams;
  const filter = parseSignalFilter(params);
  const needState = parseTeamNeedState(params);
  const neighbourhoods = listSignalNeighbourhoods(actor);
  const neighbourhood = neighbourhoods.find((w) => w.slug === filter.neighbourhood) ?? null;
  const signals = listSignals(actor, new Date(), { neighbourhoodId: neighbourhood?.id, domain: filter.domain ?? undefined });
  return {
    signals,
    filter: { neighbourhood: neighbourhood?.slug ?? null, neighbourhoodName: neighbourhood?.name ?? null, domain: filter.domain },
    neighbourhoods,
    needState,
    teamNeeds: listTeamNeeds(actor, needState),
    statistics: getTeamStatistics(actor),
  };
}

export default function Signals() {
  const { t } = useTranslation();
  const { signals, filter, neighbourhoods, needState, teamNeeds, statistics } = useLoaderData<typeof loader>();
  const filtered = filter.neighbourhood !== null || filter.domain !== null;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1>{t("collective.signals.title")}</h1>
        <p className="max-w-3xl">{t("collective.signals.intro")}</p>
      </div>
      <section aria-labelledby="signals-list" className="space-y-3">
        <h2 id="signals-list">
          {filtered
            ? t("collective.signals.filteredTitle", {
                what: [filter.neighbourhoodName, filter.domain ? t(`vocab.domain.${filter.domain}`) : null].filter(Boolean).join(", "),
              })
            : t("collective.signals.allTitle")}
        </h2>
        <SignalFilters neighbourhoods={neighbourhoods} neighbourhood={filter.neighbourhood} domain={filter.domain} />
        {signals.length > 0 ? <SignalTable signals={signals} /> : <p>{filtered ? t("collective.signals.emptyFiltered") : t("collective.signals.empty")}</p>}
      </section>
      <section aria-labelledby="team-needs" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="team-needs">{t("collective.signals.teamNeeds")}</h2>
          <Link to="/werkplek/vragen/nieuw" className="btn btn-secondary">
            {t("collective.signals.newNeed")}
          </Link>
        </div>
        <TeamNeedList needs={teamNeeds.needs} state={needState} counts={teamNeeds.counts} />
      </section>
      <TeamStatisticsSection statistics={statistics} />
    </div>
  );
}
