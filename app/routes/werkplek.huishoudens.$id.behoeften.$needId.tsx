import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "~/components/ui/filter-select";
import { ExclusionList, MatchList } from "~/components/referrals/match-list";
import { FormErrors, TextArea } from "~/components/ui/field";
import { DomainNotesList } from "~/components/workspace/conversation-notes";
import { WEEKDAYS } from "~/domain/vocabulary";
import { findMatches, markNeedUnmet } from "~/models/matching.server";
import { PRINTED_MATCHES } from "~/domain/paper";
import { narrowSchema, unmetSchema } from "~/schemas/referrals";
import { requireUser } from "~/utils/guards.server";
import { message, metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { idParam, throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, "referrals.matches.title", { domain: data ? message(matches, `vocab.domain.${data.need.domain}`) : "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const householdId = idParam(params.id);
  const needId = idParam(params.needId);
  const narrow = narrowSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const result = findMatches(actor, {
    householdId,
    needId,
    narrow: { maxKm: narrow.km, weekday: narrow.dag as (typeof WEEKDAYS)[number] | undefined, freeOnly: narrow.gratis === "1" },
    includeExcluded: narrow.waarom === "1",
  });
  throwIfRefused(result);
  return { ...result.value, narrow };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const householdId = idParam(params.id);
  const needId = idParam(params.needId);
  const { submission } = await parseForm(request, unmetSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = markNeedUnmet(actor, { needId, reason: submission.value.reason });
  throwIfRefused(result);
  if (!result.ok) return data(submission.reply({ formErrors: ["referrals.unmet.notOpen"] }), { status: 400 });
  return redirectWithToast(`/werkplek/huishoudens/${householdId}/behoeften/${needId}`, { key: "referrals.unmet.marked" });
}

function UnmetForm() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "unmet",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: unmetSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-3">
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="unmet" />
      <TextArea meta={fields.reason} label={t("referrals.unmet.reason")} hint={t("referrals.unmet.reasonHint")} rows={2} />
      <button type="submit" className="btn btn-secondary">
        {t("referrals.unmet.button")}
      </button>
    </Form>
  );
}

export default function NeedMatches() {
  const { t } = useTranslation();
  const { household, need, notes, matches, total, excluded, narrow } = useLoaderData<typeof loader>();
  const domain = t(`vocab.domain.${need.domain}`);
  const base = `/werkplek/huishoudens/${household.id}/behoeften/${need.id}`;
  const query = new URLSearchParams();
  if (narrow.km) query.set("km", String(narrow.km));
  if (narrow.dag) query.set("dag", String(narrow.dag));
  if (narrow.gratis) query.set("gratis", "1");
  const withoutWhy = query.toString();
  query.set("waarom", "1");
  const withWhy = query.toString();
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/werkplek/huishoudens/${household.id}`}>{t("referrals.matches.backToHousehold")}</Link>
      </p>
      <h1>{t("referrals.matches.title", { domain })}</h1>
      <p>{t("referrals.matches.intro", { reference: household.reference, domain, score: need.score })}</p>
      {notes ? (
        <section aria-labelledby="notes-title" className="card space-y-2">
          <h2 id="notes-title" className="text-lg">
            {t("workspace.notes.title")}
          </h2>
          <DomainNotesList notes={notes} />
        </section>
      ) : null}
      {!household.consent ? <p className="rounded-md bg-[var(--color-warn-50)] p-3">{t("referrals.matches.noConsent")}</p> : null}

      <section aria-labelledby="narrow-title" className="card">
        <h2 id="narrow-title">{t("referrals.matches.narrowTitle")}</h2>
        <Form method="get" className="mt-3 flex flex-wrap items-end gap-4">
          <div className="space-y-1">
            <label htmlFor="km" className="block font-semibold">
              {t("referrals.matches.maxKm")}
            </label>
            <input id="km" name="km" type="number" min={1} max={100} defaultValue={narrow.km ?? ""} className="input w-32" />
          </div>
          <FilterSelect
            name="dag"
            label={t("referrals.matches.day")}
            value={narrow.dag}
            any={t("referrals.matches.anyDay")}
            options={WEEKDAYS.map((day) => ({ value: String(day), label: t(`vocab.weekday.${day}`) }))}
          />
          <div className="flex items-center gap-2 pb-2">
            <input id="gratis" name="gratis" type="checkbox" value="1" defaultChecked={narrow.gratis === "1"} className="h-5 w-5" />
            <label htmlFor="gratis">{t("referrals.matches.freeOnly")}</label>
          </div>
          {narrow.waarom ? <input type="hidden" name="waarom" value="1" /> : null}
          <button type="submit" className="btn btn-secondary">
            {t("referrals.matches.apply")}
          </button>
          <Link to={base}>{t("referrals.matches.reset")}</Link>
        </Form>
      </section>

      <section aria-labelledby="matches-title" className="space-y-3">
        <h2 id="matches-title">{t("referrals.matches.count", { count: total })}</h2>
        {total > matches.length ? <p>{t("referrals.matches.shown", { count: matches.length })}</p> : null}
        {matches.length === 0 ? <p>{t("referrals.matches.none")}</p> : null}
        {matches.length > 0 ? (
          <p>
            <Link to={`${base}/afdrukken`} className="btn btn-secondary" aria-describedby="print-matches-hint">
              {t("print.matchesLink")}
            </Link>
            <span id="print-matches-hint" className="mt-1 block text-sm text-[var(--color-muted)]">
              {t("print.matchesLinkHint", { count: PRINTED_MATCHES })}
            </span>
          </p>
        ) : null}
        <MatchList matches={matches} referUrl={(initiativeId) => `/werkplek/huishoudens/${household.id}/verwijzen/${initiativeId}?behoefte=${need.id}`} />
      </section>

      <p>
        {narrow.waarom ? (
          <Link to={`${base}${withoutWhy ? `?${withoutWhy}` : ""}`}>{t("referrals.matches.hideExcluded")}</Link>
        ) : (
          <Link to={`${base}?${withWhy}`}>{t("referrals.matches.showExcluded")}</Link>
        )}
      </p>
      {narrow.waarom && excluded.length > 0 ? <ExclusionList groups={excluded} /> : null}

      <section aria-labelledby="unmet-title" className="card space-y-3">
        <h2 id="unmet-title">{t("referrals.unmet.title")}</h2>
        {need.status === "unmet" ? (
          <p>{t("referrals.unmet.already", { reason: need.unmetReason ?? "" })}</p>
        ) : need.status === "resolved" ? (
          <p>{t("referrals.unmet.notOpen")}</p>
        ) : (
          <>
            <p>{t("referrals.unmet.intro")}</p>
            <UnmetForm />
          </>
        )}
      </section>
    </div>
  );
}
