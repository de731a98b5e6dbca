import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Props = {
  feed: { createdAt: Date | string; lastUsedAt: Date | string | null } | null;
  /** The new secret address, right after making it: shown this once. */
  newUrl: string | null;
};

/** On /mijn: the resident's private calendar link of what they volunteer for. */
export function MyCalendarFeed({ feed, newUrl }: Props) {
  const { t, i18n } = useTranslation();
  const date = (value: Date | string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date(value));
  return (
    <section aria-labelledby="calendar-feed-title" className="card space-y-3">
      <h2 id="calendar-feed-title">{t("openData.myFeed.title")}</h2>
      <p>{t("openData.myFeed.intro")}</p>
      {newUrl ? (
        <div className="space-y-2" role="status">
          <p className="font-medium">{t("openData.myFeed.created")}</p>
          <label htmlFor="calendar-feed-url" className="block font-medium">
            {t("openData.myFeed.urlLabel")}
          </label>
          <input id="calendar-feed-url" className="input w-full" readOnly value={newUrl} />
          <a href={newUrl.replace(/^https?:/, "webcal:")}>{t("openData.myFeed.subscribe")}</a>
        </div>
      ) : null}
      {feed ? (
        <>
          <p>{t("openData.myFeed.since", { date: date(feed.createdAt) })}</p>
          {feed.lastUsedAt ? <p>{t("openData.myFeed.lastUsed", { date: date(feed.lastUsedAt) })}</p> : null}
          <p className="text-sm">{t("openData.myFeed.renewHint")}</p>
          <div className="flex flex-wrap gap-2">
            <IntentButton intent="calendar-create" label={t("openData.myFeed.renew")} />
            <IntentButton intent="calendar-revoke" label={t("openData.myFeed.revoke")} />
          </div>
        </>
      ) : (
        <>
          <p>{t("openData.myFeed.none")}</p>
          <IntentButton intent="calendar-create" label={t("openData.myFeed.create")} primary />
        </>
      )}
    </section>
  );
}

function IntentButton({ intent, label, primary = false }: { intent: string; label: string; primary?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={primary ? "btn btn-primary" : "btn btn-secondary"}>
        {label}
      </button>
    </Form>
  );
}
