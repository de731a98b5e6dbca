import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { readUnsubscribeToken, unsubscribe } from "~/models/email-preferences.server";
import { metaTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => [...metaTitle(matches, "mail.unsubscribePage.title"), { name: "robots", content: "noindex" }];

/** Opening the link only asks: link checkers in mail systems open links without anyone clicking. */
export async function loader({ params }: LoaderFunctionArgs) {
  const read = readUnsubscribeToken(params.token ?? "");
  return { kinds: read?.kinds ?? null };
}

/** The one-click POST from a mail client (RFC 8058) or the button on this page; no login needed. */
export async function action({ params }: ActionFunctionArgs) {
  const result = unsubscribe(params.token ?? "");
  return result.ok ? { done: true, kinds: result.kinds } : { done: false, kinds: null };
}

export default function Unsubscribe() {
  const { t } = useTranslation();
  const { kinds } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const shown = result?.kinds ?? kinds;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1>{t("mail.unsubscribePage.title")}</h1>
      {!shown || result?.done === false ? (
        <p role="alert">{t("mail.unsubscribePage.invalid")}</p>
      ) : result?.done ? (
        <>
          <p role="status">{t("mail.unsubscribePage.done")}</p>
          <ul className="list-disc pl-6">
            {shown.map((kind) => (
              <li key={kind}>{t(`mail.kind.${kind}`)}</li>
            ))}
          </ul>
          <p>
            <Link to="/account#email">{t("mail.unsubscribePage.manage")}</Link>
          </p>
        </>
      ) : (
        <Form method="post" className="card space-y-3">
          <p>{t("mail.unsubscribePage.intro")}</p>
          <ul className="list-disc pl-6">
            {shown.map((kind) => (
              <li key={kind}>{t(`mail.kind.${kind}`)}</li>
            ))}
          </ul>
          <button type="submit" className="btn btn-primary">
            {t("mail.unsubscribePage.button")}
          </button>
        </Form>
      )}
    </div>
  );
}
