import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MyApplications, MyFollows, MyInvites, MyParticipations, MyPledges, MySupports } from "~/components/helping/my-commitments";
import { MyCalendarFeed } from "~/components/open-data/my-calendar-feed";
import { getMyPage } from "~/models/my-page.server";
import { cancelSignUp, listMyParticipations } from "~/models/participation.server";
import { mappingContext } from "~/models/open-data/api.server";
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from "~/models/open-data/calendar-feed.server";
import { withdrawApplication } from "~/models/volunteering.server";
import { answerHelperInvite } from "~/models/helper.server";
import { answerInviteSchema, withdrawSchema } from "~/schemas/helping";
import { cancelMySignUpSchema } from "~/schemas/taking-part";
import { requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { parseFormData, readForm } from "~/utils/form.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "helping.myPage.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return {
    ...getMyPage(actor),
    participations: listMyParticipations(actor),
    calendarFeed: getCalendarFeed(actor),
    hasOrganisation: actor.organisations.length > 0,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "calendar-create") {
    // Shown once in this answer (not after a redirect): only its hash is kept.
    const { path } = createCalendarFeed(actor);
    return data({ calendarUrl: `${mappingContext().baseUrl}${path}` }, { headers: { "Cache-Control": "no-store" } });
  }
  if (intent === "calendar-revoke") {
    const result = revokeCalendarFeed(actor);
    return redirectWithToast("/mijn", { key: result.ok ? "openData.myFeed.revoked" : "openData.myFeed.noneToRevoke", tone: result.ok ? "success" : "error" });
  }
  if (intent === "cancelSignUp") {
    const cancel = parseFormData(formData, cancelMySignUpSchema);
    const result = cancel.status === "success" ? cancelSignUp(actor, cancel.value) : null;
    return redirectWithToast("/mijn", result?.ok ? { key: "takingPart.page.cancelled" } : { key: "takingPart.page.notSignedUp", tone: "error" });
  }
  if (intent === "answerInvite") {
    const answer = parseFormData(formData, answerInviteSchema);
    if (answer.status !== "success") return redirectWithToast("/mijn", { key: "helping.myPage.inviteNotFound", tone: "error" });
    const result = answerHelperInvite(actor, answer.value);
    if (!result.ok) {
      const key = result.error === "already_answered" ? "helping.myPage.inviteAlreadyAnswered" : "helping.myPage.inviteNotFound";
      return redirectWithToast("/mijn", { key, tone: "error" });
    }
    return redirectWithToast("/mijn", { key: `helping.myPage.inviteAnswerDone.${answer.value.answer}` });
  }
  const submission = parseFormData(formData, withdrawSchema);
  if (submission.status !== "success") {
    return redirectWithToast("/mijn", { key: "helping.myPage.applicationNotFound", tone: "error" });
  }
  const result = withdrawApplication(actor, submission.value);
  if (!result.ok) {
    const key = result.error === "not_pending" ? "helping.myPage.notPending" : "helping.myPage.applicationNotFound";
    return redirectWithToast("/mijn", { key, tone: "error" });
  }
  return redirectWithToast("/mijn", { key: "helping.myPage.withdrawn" });
}

export default function MyPage() {
  const { t } = useTranslation();
  const page = useLoaderData<typeof loader>();
  const created = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1>{t("helping.myPage.title")}</h1>
      <p>{t("helping.myPage.intro")}</p>

      <section aria-labelledby="profile-title" className="card space-y-3">
        <h2 id="profile-title">{t("helping.myPage.profileTitle")}</h2>
        <p>
          {!page.hasHelperProfile
            ? t("helping.myPage.profileNone")
            : page.discoverable
              ? t("helping.myPage.profileFindable")
              : t("helping.myPage.profileHidden")}
        </p>
        <Link to="/mijn/hulpprofiel" className="btn btn-secondary">
          {page.hasHelperProfile ? t("helping.myPage.profileEdit") : t("helping.myPage.profileMake")}
        </Link>
      </section>

      {page.hasOrganisation ? null : (
        <section aria-labelledby="organisation-title" className="card space-y-3">
          <h2 id="organisation-title">{t("helping.myPage.organisationTitle")}</h2>
          <p>{t("helping.myPage.organisationText")}</p>
          <Link to="/mijn-organisatie/nieuw" className="btn btn-secondary">
            {t("nav.registerOrganisation")}
          </Link>
        </section>
      )}

      <MyParticipations participations={page.participations} />
      <MyApplications applications={page.applications} />
      <MyInvites invites={page.invites} />
      <MySupports supports={page.supports} />
      <MyPledges pledges={page.pledges} />
      <MyFollows follows={page.follows} />
      <MyCalendarFeed feed={page.calendarFeed} newUrl={created && "calendarUrl" in created ? created.calendarUrl : null} />

      <section aria-labelledby="data-title" className="card space-y-3">
        <h2 id="data-title">{t("helping.myPage.dataTitle")}</h2>
        <p>{t("helping.myPage.exportText")}</p>
        {/* A plain link: the browser downloads the file instead of the router loading a page. */}
        <a href="/mijn/export" download className="btn btn-secondary">
          {t("helping.myPage.exportButton")}
        </a>
        <p>{t("helping.myPage.deleteText")}</p>
        <Link to="/account#delete-title">{t("helping.myPage.deleteLink")}</Link>
      </section>
    </div>
  );
}
