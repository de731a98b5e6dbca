import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/components/directory/pagination";
import { describeNeedChanges } from "~/domain/need-changes";
import type { PageInfo, PublicNeed } from "~/models/collective-need";
import { formatDate } from "~/utils/dates";

/** The URL parameters that hold the page of each list (`?toezeggingen=2&nieuws=1`). */
export const PAGE_PARAMS = { pledges: "toezeggingen", updates: "nieuws" } as const;

/** Pages of one list on the need's page; the other list keeps its page, and the link lands on the list. */
function ListPages({ pages, param, anchor, label }: { pages: PageInfo; param: string; anchor: string; label: string }) {
  const location = useLocation();
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(location.search);
    if (page === 1) params.delete(param);
    else params.set(param, String(page));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}#${anchor}`;
  };
  return <Pagination page={pages.page} pageCount={pages.pageCount} hrefFor={hrefFor} label={label} />;
}

/** Who backs the need: supporter counts and the pledges (names only where the pledger chose so). */
export function SupportersAndPledges({ need, active }: { need: PublicNeed; active: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="supporters-title" className="card">
        <h2 id="supporters-title">{t("collective.page.supportersTitle")}</h2>
        <p className="mt-1">
          {t("collective.page.supporters", { count: need.supporters.total })}
          {need.supporters.needToo > 0 ? `, ${t("collective.page.needToo", { count: need.supporters.needToo })}` : null}
        </p>
      </section>
      <section aria-labelledby="pledges-title" className="card space-y-2">
        <h2 id="pledges-title">{t("collective.page.pledgesTitle")}</h2>
        {need.pledgePages.pageCount > 1 ? <p>{t("collective.page.pledgeCount", { count: need.pledgePages.total })}</p> : null}
        {need.pledges.length === 0 ? (
          <p>{t("collective.page.noPledges")}</p>
        ) : (
          <ul className="divide-y divide-[var(--color-brand-100)]">
            {need.pledges.map((pledge) => (
              <li key={pledge.id} className="py-2">
                <p>
                  <span className="font-semibold">{pledge.name ?? t("collective.page.anonymous")}</span>
                  {pledge.kind ? (
                    <>
                      {" · "}
                      {t(`vocab.checklistKind.${pledge.kind}`)}: {t(`collective.amount.${pledge.kind}`, { count: pledge.amount })}
                    </>
                  ) : null}
                  {pledge.isExtra ? <span className="badge ml-2">{t("collective.page.extraBadge")}</span> : null}
                  {pledge.mine ? <span className="badge ml-2">{t("collective.pledge.mine")}</span> : null}
                </p>
                {pledge.message ? <p className="text-sm">{pledge.message}</p> : null}
                {pledge.mine && active ? (
                  <Form method="post" className="mt-1">
                    <input type="hidden" name="intent" value="withdraw-pledge" />
                    <input type="hidden" name="pledgeId" value={pledge.id} />
                    <button type="submit" className="btn btn-secondary">
                      {t("collective.pledge.withdraw")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <ListPages pages={need.pledgePages} param={PAGE_PARAMS.pledges} anchor="pledges-title" label={t("collective.page.pledgePages")} />
      </section>
    </>
  );
}

export function UpdateList({ updates, pages, teamName }: { updates: PublicNeed["updates"]; pages: PageInfo; teamName: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="updates-title" className="card space-y-2">
      <h2 id="updates-title">{t("collective.page.updatesTitle")}</h2>
      {updates.length === 0 ? (
        <p>{t("collective.page.noUpdates")}</p>
      ) : (
        <ul className="space-y-3">
          {updates.map((update) => (
            <li key={update.id}>
              <p className="text-sm text-[var(--color-muted)]">
                {teamName} · {formatDate(update.createdAt, i18n.language)}
              </p>
              {update.changes ? (
                <>
                  <p className="font-semibold">{t("collective.edit.updateTitle")}</p>
                  <ul className="list-disc pl-6">
                    {describeNeedChanges(update.changes, t, (date) => formatDate(date, i18n.language)).map((sentence, index) => (
                      <li key={index}>{sentence}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {update.body ? <p className="whitespace-pre-line">{update.body}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <ListPages pages={pages} param={PAGE_PARAMS.updates} anchor="updates-title" label={t("collective.page.updatePages")} />
    </section>
  );
}
