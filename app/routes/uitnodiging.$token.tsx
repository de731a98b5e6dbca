import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { acceptInvite, getInvite } from "~/models/organisation.server";
import { getActor, notFound, requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "organiser.invite.title");

function findInvite(token: string | undefined) {
  const invite = token && token.length <= 100 ? getInvite(token) : null;
  if (!invite) notFound();
  return invite;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invite = findInvite(params.token);
  const actor = await getActor(request);
  return {
    invite,
    signedIn: actor !== null,
    rightAccount: actor?.email.toLowerCase() === invite.email,
    loginLink: `/inloggen?${new URLSearchParams({ terug: new URL(request.url).pathname })}`,
  };
}

const ANSWERS = { wrong_email: "wrongEmail", already_used: "used", not_found: "used", expired: "expired" } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  // No fields, but the body must still be a bounded form like every action's.
  await readForm(request);
  const actor = await requireUser(request);
  const invite = findInvite(params.token);
  const result = acceptInvite(actor, params.token!);
  if (!result.ok) return data({ error: ANSWERS[result.error] }, { status: 400 });
  return redirectWithToast(`/mijn-organisatie/${result.organisationId}`, {
    key: "organiser.invite.accepted",
    params: { organisation: invite.organisationName },
  });
}

export default function AcceptInvite() {
  const { t } = useTranslation();
  const { invite, signedIn, rightAccount, loginLink } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const role = t(`vocab.organisationRole.${invite.role}`);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1>{t("organiser.invite.title")}</h1>
      <p className="text-lg">{t("organiser.invite.text", { role, organisation: invite.organisationName })}</p>
      {answer ? (
        <p role="alert" className="font-semibold text-[var(--color-danger-700)]">
          {t(`organiser.invite.${answer.error}`, { email: invite.email })}
        </p>
      ) : null}
      {invite.state !== "open" ? (
        <p>{t(`organiser.invite.${invite.state}`)}</p>
      ) : !signedIn ? (
        <>
          <p>{t("organiser.invite.loginFirst", { email: invite.email })}</p>
          <p className="flex flex-wrap gap-2">
            <Link to={loginLink} className="btn btn-primary">
              {t("nav.login")}
            </Link>
            <Link to="/registreren" className="btn btn-secondary">
              {t("nav.register")}
            </Link>
          </p>
        </>
      ) : !rightAccount ? (
        <p>{t("organiser.invite.wrongEmail", { email: invite.email })}</p>
      ) : (
        <Form method="post">
          <button type="submit" className="btn btn-primary">
            {t("organiser.invite.accept")}
          </button>
        </Form>
      )}
    </div>
  );
}
