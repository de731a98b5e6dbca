import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AvailabilityGrid } from "~/components/helping/availability-grid";
import { CheckboxField, CheckboxGroup, FormErrors, SelectField, TextArea, TextField } from "~/components/ui/field";
import { LANGUAGES, LIFE_DOMAINS } from "~/domain/vocabulary";
import { getHelperProfile, saveHelperProfile } from "~/models/helper.server";
import { listNeighbourhoodOptions } from "~/models/neighbourhood.server";
import { helperProfileSchema, type HelperProfileInput } from "~/schemas/helping";
import { requireUser } from "~/utils/guards.server";
import { metaTitle } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { useValidatedForm } from "~/components/ui/use-validated-form";
import { parseForm } from "~/utils/form.server";
import { PrivacyNote } from "~/components/privacy-note";

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, "helping.profile.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return { profile: getHelperProfile(actor), neighbourhoods: listNeighbourhoodOptions() };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const { submission } = await parseForm(request, helperProfileSchema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = saveHelperProfile(actor, submission.value);
  if (!result.ok) {
    return data(submission.reply({ fieldErrors: { neighbourhoodId: ["helping.profile.unknownWijk"] } }), { status: 400 });
  }
  return redirectWithToast("/mijn", { key: "helping.profile.saved" });
}

/** What the form fields hold as text, before the schema turns them into a profile. */
type ProfileForm = {
  skills: string;
  interests: string[];
  neighbourhoodId: string;
  availability: string[];
  languages: string[];
  about: string;
  discoverable: string;
};

export default function HelperProfilePage() {
  const { t } = useTranslation();
  const { profile, neighbourhoods } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm<ProfileForm, HelperProfileInput>({
    id: "helper-profile",
    lastResult,
    defaultValue: {
      skills: profile?.skills.join(", ") ?? "",
      interests: profile?.interests ?? [],
      neighbourhoodId: profile?.neighbourhoodId ? String(profile.neighbourhoodId) : "",
      availability: profile?.availability ?? [],
      languages: profile?.languages ?? [],
      about: profile?.about ?? "",
      discoverable: profile?.discoverable ? "on" : "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: helperProfileSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const availability = fields.availability.initialValue;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link to="/mijn">{t("helping.myPage.title")}</Link>
      </p>
      <h1>{t("helping.profile.title")}</h1>
      <p>{t("helping.profile.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="card space-y-6">
        <FormErrors form={form} />
        <PrivacyNote />
        <TextField meta={fields.skills} label={t("helping.profile.skills")} hint={t("helping.profile.skillsHint")} optional />
        <CheckboxGroup
          meta={fields.interests}
          legend={t("helping.profile.interests")}
          options={LIFE_DOMAINS.map((domain) => ({ value: domain, label: t(`vocab.domain.${domain}`) }))}
        />
        <SelectField
          meta={fields.neighbourhoodId}
          label={t("helping.profile.wijk")}
          placeholder={t("helping.profile.wijkNone")}
          options={neighbourhoods.map((neighbourhood) => ({ value: String(neighbourhood.id), label: neighbourhood.name }))}
        />
        <AvailabilityGrid
          name={fields.availability.name}
          legend={t("helping.profile.availability")}
          hint={t("helping.profile.availabilityHint")}
          selected={Array.isArray(availability) ? availability.map(String) : availability ? [String(availability)] : []}
          errorId={fields.availability.errorId}
          errors={fields.availability.errors}
        />
        <CheckboxGroup
          meta={fields.languages}
          legend={t("helping.profile.languages")}
          columns={3}
          options={LANGUAGES.map((language) => ({ value: language, label: t(`vocab.language.${language}`) }))}
        />
        <TextArea meta={fields.about} label={t("helping.profile.about")} hint={t("helping.profile.aboutHint")} optional />
        <CheckboxField meta={fields.discoverable} label={t("helping.profile.discoverable")} hint={t("helping.profile.discoverableHint")} />
        <button type="submit" className="btn btn-primary">
          {t("helping.profile.save")}
        </button>
      </Form>
    </div>
  );
}
