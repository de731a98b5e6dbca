import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { PolicyAdvisors } from "~/components/insights/policy-advisors";
import { formatDate } from "~/utils/dates";
import { getAdminOverview, verifyOrganisation } from "~/models/moderation.server";
import { listPolicyAdvisors, setPolicyAdvisor } from "~/models/policy-advisor.server";
import { notFound, requirePermission } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { readForm } from "~/utils/form.server";
import { tableScroll } from "~/components/ui/table-scroll";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "organiser.admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const overview = getAdminOverview(actor);
  throwIfRefused(overview);
  return { ...overview.overview, advisors: listPolicyAdvisors(actor) };
}

const verifySchema = z.object({ intent: z.literal("verify"), organisationId: z.coerce.number().int().positive() });

const policySchema = z.object({
  intent: z.enum(["grant_policy_advisor", "revoke_policy_advisor"]),
  email: z.string().trim().max(320),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "admin.manage");
  const form = Object.fromEntries(await readForm(request));
  const policy = policySchema.safeParse(form);
  if (policy.success) {
    const grant = policy.data.intent === "grant_policy_advisor";
    if (!z.string().email().safeParse(policy.data.email).success) {
      return data({ error: "form.invalidEmail", email: policy.data.email }, { status: 400 });
    }
    const result = setPolicyAdvisor(actor, { email: policy.data.email, grant });
    throwIfRefused(result);
    if (!result.ok) return data({ error: "insights.admin.unknownEmail", email: policy.data.email }, { status: 400 });
    return redirectWithToast("/beheer", { key: grant ? "insights.admin.granted" : "insights.admin.revoked", params: { name: result.name } });
  }
  const parsed = verifySchema.safeParse(form);
  if (!parsed.success) notFound();
  const result = verifyOrganisation(actor, parsed.data.organisationId);
  throwIfRefused(result);
  if (!result.ok) return redirectWithToast("/beheer", { key: "organiser.moderation.alreadyVerified", tone: "error" });
  return redirectWithToast("/beheer", { key: "organiser.moderation.verified", params: { title: result.name } });
}

export default function AdminHome() {
  const { t, i18n } = useTranslation();
  const { counts, organisations, advisors } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const tiles = [
    { label: t("organiser.admin.submittedListings"), value: counts.submittedListings },
    { label: t("organiser.admin.unverifiedOrganisations"), value: counts.unverifiedOrganisations },
    { label: t("organiser.admin.publishedListings"), value: counts.publishedListings },
    { label: t("organiser.admin.users"), value: counts.users },
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1>{t("organiser.admin.title")}</h1>
        <p>{t("organiser.admin.intro")}</p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="card">
            <dt className="text-sm text-[var(--color-muted)]">{tile.label}</dt>
            <dd className="text-3xl font-bold">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to="/beheer/controle" className="btn btn-primary">
          {t("organiser.admin.toQueue")}
        </Link>
      </p>
      <PolicyAdvisors
        advisors={advisors}
        error={failed && "error" in failed ? failed.error : undefined}
        email={failed && "email" in failed ? failed.email : undefined}
      />
      <section aria-labelledby="organisations-title" className="space-y-3">
        <h2 id="organisations-title">{t("organiser.admin.organisations")}</h2>
        <div {...tableScroll(t("organiser.admin.organisations"))}>
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="p-2">
                  {t("organiser.admin.colName")}
                </th>
                <th scope="col" className="p-2">
                  {t("organiser.admin.colKind")}
                </th>
                <th scope="col" className="p-2">
                  {t("organiser.admin.colRegistered")}
                </th>
                <th scope="col" className="p-2">
                  {t("organiser.admin.colStatus")}
                </th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id} className="border-b border-gray-200">
                  <th scope="row" className="p-2 font-semibold">
                    <Link to={`/mijn-organisatie/${organisation.id}`} aria-label={t("organiser.admin.dashboard", { name: organisation.name })}>
                      {organisation.name}
                    </Link>
                  </th>
                  <td className="p-2">{t(`vocab.organisationKind.${organisation.kind}`)}</td>
                  <td className="p-2">{formatDate(organisation.createdAt, i18n.language)}</td>
                  <td className="p-2">
                    {organisation.verified ? (
                      <span className="badge">{t("common.verified")}</span>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="verify" />
                        <input type="hidden" name="organisationId" value={organisation.id} />
                        <button type="submit" className="btn btn-secondary" aria-label={t("organiser.moderation.verifyLabel", { name: organisation.name })}>
                          {t("organiser.moderation.verify")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
