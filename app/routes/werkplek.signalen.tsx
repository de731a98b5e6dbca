import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SignalTable } from "~/components/collective/signal-table";
import { TeamNeedList } from "~/components/collective/team-need-list";
import { TeamStatisticsSection } from "~/components/collective/team-statistics";
import { listTeamNeeds } from "~/models/collective-need";
import { listSignals } from "~/models/signals.server";
import { getTeamStatistics } from "~/models/statistics.server";
import { requireRole } from "~/utils/guards.server";
import { message, metaPage } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) =>
  metaPage(matches, message(matches, "collective.signals.title"), message(matches, "collective.signals.metaDescription"));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireRole(request, "consultant");
  return { signals: listSignals(actor), needs: listTeamNeeds(actor), statistics: getTeamStatistics(actor) };
}

export default function Signals() {
  const { t } = useTranslation();
  const { signals, needs, statistics } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1>{t("collective.signals.title")}</h1>
        <p className="max-w-3xl">{t("collective.signals.intro")}</p>
      </div>
      {signals.length === 0 ? <p>{t("collective.signals.empty")}</p> : <SignalTable signals={signals} />}
      <section aria-labelledby="team-needs" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="team-needs">{t("collective.signals.teamNeeds")}</h2>
          <Link to="/werkplek/vragen/nieuw" className="btn btn-secondary">
            {t("collective.signals.newNeed")}
          </Link>
        </div>
        <TeamNeedList needs={needs} />
      </section>
      <TeamStatisticsSection statistics={statistics} />
    </div>
  );
}
