import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MemberList } from "~/components/organiser/member-list";
import { FormErrors, SelectField, TextField } from "~/components/ui/field";
import { ORGANISATION_ROLES } from "~/domain/vocabulary";
import { changeMemberRole, findOrganisationId, getOrganisation, inviteMember, listMembers, removeMember } from "~/models/organisation.server";
import { inviteSchema, membersActionSchema } from "~/schemas/organisation";
import { notFound, requireUser } from "~/utils/guards.server";
import { message, siteName } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { throwIfRefused } from "~/utils/route-helpers.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  { title: `${message(matches, "organiser.members.title", { name: data?.organisation.name ?? "" })} · ${siteName(matches)}` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const found = getOrganisation(actor, organisationId);
  throwIfRefused(found);
  const members = listMembers(actor, organisationId);
  throwIfRefused(members);
  const canManage = can(actor, "organisation.manage_members", { organisationId });
  return {
    organisation: { id: organisationId, name: found.organisation.name },
    me: actor.id,
    canManage,
    members: members.members,
    // Who was invited is for owners; the link itself only ever goes into the email.
    invites: canManage ? members.invites : [],
  };
}

const ERRORS = {
  last_owner: "organiser.members.lastOwner",
  already_member: "organiser.members.alreadyMember",
  not_found: "organiser.members.notAMember",
  forbidden: "organiser.members.onlyOwners",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const organisationId = findOrganisationId(params.org ?? "") ?? notFound();
  const back = `/mijn-organisatie/${organisationId}/leden`;
  const { submission } = await parseForm(request, membersActionSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  if (input.intent === "invite") {
    const result = inviteMember(actor, organisationId, input);
    if (!result.ok && result.error !== "already_member") throwIfRefused(result);
    if (!result.ok) return data(submission.reply({ fieldErrors: { email: [ERRORS[result.error]] } }), { status: 400 });
    return redirectWithToast(back, { key: "organiser.members.invited", params: { email: input.email } });
  }
  const result =
    input.intent === "role" ? changeMemberRole(actor, organisationId, input.userId, input.role) : removeMember(actor, organisationId, input.userId);
  if (!result.ok) return redirectWithToast(back, { key: ERRORS[result.error], tone: "error" });
  return redirectWithToast(back, { key: input.intent === "role" ? "organiser.members.roleChanged" : "organiser.members.removed" });
}

export default function Members() {
  const { t, i18n } = useTranslation();
  const { organisation, members, invites, canManage, me } = useLoaderData<typeof loader>();
  const formatDate = (date: Date) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(new Date(date));
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm({
    id: "invite",
    lastResult,
    defaultValue: { role: "editor" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p>
        <Link to={`/mijn-organisatie/${organisation.id}`}>← {organisation.name}</Link>
      </p>
      <h1>{t("organiser.members.title", { name: organisation.name })}</h1>
      <p>{t("organiser.members.intro")}</p>
      <MemberList members={members} me={me} canManage={canManage} />
      {canManage ? (
        <>
          <section aria-labelledby="invites-title" className="card space-y-3">
            <h2 id="invites-title">{t("organiser.members.invites")}</h2>
            {invites.length === 0 ? <p>{t("organiser.members.noInvites")}</p> : null}
            <ul className="space-y-3">
              {invites.map((invite) => (
                <li key={invite.id}>
                  <p className="font-semibold">
                    {invite.email} · {t(`vocab.organisationRole.${invite.role}`)}
                  </p>
                  <p className="text-sm">
                    {invite.expired || !invite.expiresAt
                      ? t("organiser.members.inviteExpired")
                      : t("organiser.members.inviteOpenUntil", { date: formatDate(invite.expiresAt) })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="invite-title" className="card space-y-4">
            <h2 id="invite-title">{t("organiser.members.inviteHeading")}</h2>
            <p>{t("organiser.members.inviteIntro")}</p>
            <Form method="post" {...getFormProps(form)} className="space-y-4">
              <FormErrors form={form} />
              <input type="hidden" name="intent" value="invite" />
              <TextField meta={fields.email} label={t("organiser.members.inviteEmail")} type="email" autoComplete="off" />
              <SelectField
                meta={fields.role}
                label={t("organiser.members.inviteRole")}
                options={ORGANISATION_ROLES.map((role) => ({ value: role, label: t(`vocab.organisationRole.${role}`) }))}
              />
              <button type="submit" className="btn btn-primary">
                {t("organiser.members.inviteSubmit")}
              </button>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
