import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextArea, TextField } from "~/components/ui/field";
import { ORGANISATION_KINDS } from "~/domain/vocabulary";
import type { OrganisationInput } from "~/schemas/organisation";

type Fields = { [K in keyof OrganisationInput]-?: FieldMetadata<OrganisationInput[K], Record<string, unknown>, string[]> };

/** The profile fields shared by registering and editing an organisation. */
export function OrganisationFields({ fields }: { fields: Fields }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField meta={fields.name} label={t("organiser.organisation.name")} autoComplete="organization" />
      <SelectField
        meta={fields.kind}
        label={t("organiser.organisation.kind")}
        placeholder={t("organiser.organisation.kindPlaceholder")}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`vocab.organisationKind.${kind}`) }))}
      />
      <TextArea meta={fields.description} label={t("organiser.organisation.description")} hint={t("organiser.organisation.descriptionHint")} />
      <TextField meta={fields.email} label={t("organiser.organisation.email")} hint={t("organiser.organisation.emailHint")} type="email" autoComplete="email" />
      <TextField meta={fields.phone} label={t("organiser.organisation.phone")} type="tel" autoComplete="tel" optional />
      <TextField meta={fields.website} label={t("organiser.organisation.website")} type="url" autoComplete="url" optional placeholder="https://" />
      <TextField meta={fields.kvkNumber} label={t("organiser.organisation.kvk")} hint={t("organiser.organisation.kvkHint")} inputMode="numeric" optional />
    </>
  );
}
