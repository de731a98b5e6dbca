import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listNotifications, markAllNotificationsRead } from "~/models/notification.server";
import { requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form.server";
import { formatDateTime, machineDate } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "notifications.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return { notifications: listNotifications(actor) };
}

export async function action({ request }: ActionFunctionArgs) {
  // No fields, but the body must still be a bounded form like every action's.
  await readForm(request);
  const actor = await requireUser(request);
  markAllNotificationsRead(actor);
  return redirectWithToast("/meldingen", { key: "notifications.markedRead" });
}

export default function Notifications() {
  const { t, i18n } = useTranslation();
  const { notifications } = useLoaderData<typeof loader>();
  const unread = notifications.some((n) => n.readAt === null);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("notifications.title")}</h1>
      <p>{t("referrals.notifications.intro")}</p>
      {unread ? (
        <Form method="post">
          <button type="submit" className="btn btn-secondary">
            {t("notifications.markAllRead")}
          </button>
        </Form>
      ) : null}
      {notifications.length === 0 ? (
        <p>{t("notifications.none")}</p>
      ) : (
        <ul className="space-y-2">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`card flex flex-wrap items-baseline justify-between gap-2 ${n.readAt === null ? "border-l-4 border-l-[var(--color-brand-700)]" : ""}`}
            >
              <div>
                {n.readAt === null ? <span className="badge mr-2">{t("notifications.unread")}</span> : null}
                <span>{t(n.kind, n.params)}</span>
                <div className="text-sm text-[var(--color-muted)]">
                  <time dateTime={machineDate(n.createdAt)}>{formatDateTime(n.createdAt, i18n.language)}</time>
                </div>
              </div>
              {n.link ? (
                <Link to={n.link}>
                  {t("referrals.notifications.open")}
                  <span className="sr-only">: {t(n.kind, n.params)}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
