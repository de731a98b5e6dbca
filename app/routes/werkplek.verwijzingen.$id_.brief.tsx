import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PracticalDetailsList } from "~/components/print/practical-details";
import { printLocale, printMessages } from "~/components/print/print-language.server";
import { PrintSheet, usePrintT } from "~/components/print/print-sheet";
import { isClosed } from "~/domain/referral-states";
import { getReferralLetter } from "~/models/referral-letter.server";
import { formatDate } from "~/utils/dates";
import { notFound, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { idParam } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, "print.letter.title", { initiative: data?.letter.initiative.title ?? "" });

/** The referral letter (verwijsbrief): the same access as the referral page, checked in the model. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const result = getReferralLetter(actor, idParam(params.id));
  if (!result.ok) notFound();
  const locale = printLocale(request);
  return { letter: result.letter, locale, messages: printMessages(locale), madeOn: new Date() };
}

export default function ReferralLetterPage() {
  const { t: siteT } = useTranslation();
  const { letter, locale, messages, madeOn } = useLoaderData<typeof loader>();
  const t = usePrintT(locale, messages);
  const { initiative } = letter;
  return (
    <PrintSheet locale={locale} back={{ to: `/werkplek/verwijzingen/${letter.referralId}`, label: siteT("print.backToReferral") }}>
      {letter.status === "draft" ? <p className="no-print rounded-md bg-[var(--color-warn-50)] p-3">{t("print.letter.notSent")}</p> : null}
      {isClosed(letter.status) ? <p className="no-print rounded-md bg-[var(--color-warn-50)] p-3">{t("print.letter.closed")}</p> : null}
      <header className="space-y-2">
        <p className="text-base">{letter.team.name}</p>
        <h1>{t("print.letter.heading", { initiative: initiative.title })}</h1>
        <p className="text-xl font-bold">{t("print.letter.reference", { reference: letter.reference })}</p>
        <p className="text-base">{t("print.letter.referenceHint")}</p>
      </header>
      <p>{t("print.letter.intro", { initiative: initiative.title, organisation: initiative.organisationName })}</p>
      <PracticalDetailsList details={initiative} t={t} locale={locale} bringLetter />
      <footer className="space-y-1 text-base">
        <p>
          {letter.team.email
            ? t("print.letter.questionsEmail", { team: letter.team.name, email: letter.team.email })
            : t("print.letter.questions", { team: letter.team.name })}
        </p>
        <p>{t("print.letter.madeOn", { date: formatDate(madeOn, locale) })}</p>
      </footer>
    </PrintSheet>
  );
}
