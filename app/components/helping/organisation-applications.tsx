import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { OrganisationApplication } from "~/models/volunteering.server";
import { ApplicationStatusBadge } from "./application-status";
import { formatDate } from "~/utils/dates";

/** A decline sent without a reason comes back with this, shown next to that application's field. */
export type DeclineError = { applicationId: number; error: string };

export function OrganisationApplications({ applications, declineError }: { applications: OrganisationApplication[]; declineError?: DeclineError }) {
  const { t, i18n } = useTranslation();
  if (applications.length === 0) return <p>{t("helping.volunteers.applicationsEmpty")}</p>;
  return (
    <ul className="space-y-4">
      {applications.map((application) => {
        const reasonId = `reason-${application.id}`;
        const error = declineError?.applicationId === application.id ? declineError.error : null;
        return (
          <li key={application.id} className="card space-y-2">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="text-lg font-semibold">{application.applicantName}</h3>
              <ApplicationStatusBadge status={application.status} />
            </div>
            <p>{t("helping.volunteers.applicationFor", { initiative: application.initiativeTitle })}</p>
            <p className="text-sm text-[var(--color-muted)]">{t("helping.volunteers.appliedOn", { date: formatDate(application.createdAt, i18n.language) })}</p>
            {application.message ? <blockquote className="border-l-4 border-[var(--color-brand-100)] pl-3">{application.message}</blockquote> : null}
            {application.applicantEmail ? <p>{t("helping.volunteers.contact", { email: application.applicantEmail })}</p> : null}
            {application.status === "declined" && application.declineReason ? (
              <p>{t("helping.volunteers.declineReasonShown", { reason: application.declineReason })}</p>
            ) : null}
            {application.status === "pending" ? (
              <div className="flex flex-wrap items-start gap-6">
                <Form method="post">
                  <input type="hidden" name="intent" value="accept" />
                  <input type="hidden" name="applicationId" value={application.id} />
                  <button type="submit" className="btn btn-primary">
                    {t("helping.volunteers.accept")}
                    <span className="sr-only"> ({application.applicantName})</span>
                  </button>
                </Form>
                <Form method="post" className="min-w-64 flex-1">
                  <fieldset className="space-y-2">
                    <legend className="sr-only">{t("helping.volunteers.declineLegend", { name: application.applicantName })}</legend>
                    <input type="hidden" name="intent" value="decline" />
                    <input type="hidden" name="applicationId" value={application.id} />
                    <label htmlFor={reasonId} className="block font-semibold">
                      {t("helping.volunteers.declineReason")}
                    </label>
                    <p id={`${reasonId}-hint`} className="text-sm text-[var(--color-muted)]">
                      {t("helping.volunteers.declineReasonHint")}
                    </p>
                    <textarea
                      id={reasonId}
                      name="reason"
                      rows={2}
                      required
                      maxLength={500}
                      className="input"
                      aria-invalid={error ? true : undefined}
                      aria-describedby={`${reasonId}-hint${error ? ` ${reasonId}-error` : ""}`}
                    />
                    {error ? (
                      <p id={`${reasonId}-error`} className="text-sm font-medium text-[var(--color-danger-700)]">
                        {t(error)}
                      </p>
                    ) : null}
                    <button type="submit" className="btn btn-danger">
                      {t("helping.volunteers.decline")}
                      <span className="sr-only"> ({application.applicantName})</span>
                    </button>
                  </fieldset>
                </Form>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
