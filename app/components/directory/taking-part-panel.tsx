import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InitiativePage } from "~/models/directory.server";

/**
 * How to take part, said plainly, and, where the organiser allows it, the sign-up button. A
 * visitor who is not signed in is sent to log in and comes back here.
 */
export function TakingPartPanel({
  initiative,
  signedIn,
  signedUp,
}: {
  initiative: Pick<InitiativePage, "slug" | "takingPart" | "signUpInSite" | "places">;
  signedIn: boolean;
  signedUp: boolean;
}) {
  const { t } = useTranslation();
  const full = initiative.places.kind === "waitlist";
  return (
    <section aria-labelledby="taking-part-title" className="card space-y-2">
      <h2 id="taking-part-title" className="text-lg">
        {t("takingPart.page.title")}
      </h2>
      <p>{t(`takingPart.explain.${initiative.takingPart}`)}</p>
      {initiative.signUpInSite ? (
        signedUp ? (
          <>
            <p className="font-semibold">{t("takingPart.page.youAreSignedUp")}</p>
            <Form method="post">
              <button type="submit" name="intent" value="cancelSignUp" className="btn btn-secondary">
                {t("takingPart.page.cancel")}
              </button>
            </Form>
          </>
        ) : full ? (
          <p>{t("takingPart.page.full")}</p>
        ) : signedIn ? (
          <Form method="post">
            <button type="submit" name="intent" value="signUp" className="btn btn-primary">
              {t("takingPart.page.signUp")}
            </button>
          </Form>
        ) : (
          <Link to={`/inloggen?terug=${encodeURIComponent(`/initiatieven/${initiative.slug}`)}`} className="btn btn-primary">
            {t("takingPart.page.logInToSignUp")}
          </Link>
        )
      ) : null}
    </section>
  );
}
