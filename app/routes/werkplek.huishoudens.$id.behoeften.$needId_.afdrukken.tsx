import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PracticalDetailsList } from "~/components/print/practical-details";
import { printLocale, printMessages } from "~/components/print/print-language.server";
import { PrintSheet, usePrintT } from "~/components/print/print-sheet";
import { reasonText } from "~/components/referrals/reasons";
import { getPrintableMatches } from "~/models/referral-letter.server";
import { formatDate } from "~/utils/dates";
import { requireUser } from "~/utils/guards.server";
import { message, metaTitle } from "~/utils/meta";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, "print.matches.title", { domain: data ? message(matches, `vocab.domain.${data.printable.need.domain}`) : "" });

/** The top matches for a need on paper, for a household without internet. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const result = getPrintableMatches(actor, { householdId: idParam(params.id), needId: idParam(params.needId) });
  throwIfRefused(result);
  const locale = printLocale(request);
  return { printable: result.value, locale, messages: printMessages(locale), madeOn: new Date() };
}

export default function PrintedMatches() {
  const { t: siteT } = useTranslation();
  const { printable, locale, messages, madeOn } = useLoaderData<typeof loader>();
  const t = usePrintT(locale, messages);
  const domain = t(`vocab.domain.${printable.need.domain}`);
  return (
    <PrintSheet
      locale={locale}
      back={{ to: `/werkplek/huishoudens/${printable.householdId}/behoeften/${printable.need.id}`, label: siteT("print.backToMatches") }}
    >
      <header className="space-y-2">
        <h1>{t("print.matches.heading", { domain: domain.toLowerCase() })}</h1>
        <p className="text-xl font-bold">{t("print.matches.reference", { reference: printable.reference })}</p>
      </header>
      <p>{t("print.matches.intro")}</p>
      {printable.matches.length === 0 ? <p>{t("print.matches.none")}</p> : null}
      <ol className="space-y-6">
        {printable.matches.map(({ match, details }, index) => (
          <li key={match.initiativeId} className="print-keep space-y-2">
            <h2>
              {index + 1}. {details.title}
            </h2>
            <p>
              <span className="font-semibold">{t("print.matches.why")}: </span>
              {match.reasons.map((reason) => `${reason.tone === "bad" ? "✗ " : ""}${reasonText(t, reason, locale)}`).join(" · ")}
            </p>
            <PracticalDetailsList details={details} t={t} locale={locale} />
          </li>
        ))}
      </ol>
      <p className="text-base">{t("print.letter.madeOn", { date: formatDate(madeOn, locale) })}</p>
    </PrintSheet>
  );
}
