import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "~/components/ui/filter-select";
import { DAY_PARTS, LANGUAGES, WEEKDAYS } from "~/domain/vocabulary";
import type { HelperSearchResult } from "~/models/helper.server";
import type { HelperSearchInput } from "~/schemas/helping";
import { describeAvailability } from "~/utils/availability";

/** The search lives in the URL (GET), so a search is a link and works without JavaScript. */
export function HelperSearchForm({ filters, neighbourhoods }: { filters: HelperSearchInput; neighbourhoods: { id: number; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Form method="get" role="search" aria-label={t("helping.volunteers.searchTitle")} className="grid gap-4 sm:grid-cols-3">
      <div className="space-y-1 sm:col-span-3">
        <label htmlFor="search-skill" className="block font-semibold">
          {t("helping.volunteers.skill")}
        </label>
        <input
          id="search-skill"
          name="skill"
          type="search"
          defaultValue={filters.skill ?? ""}
          placeholder={t("helping.volunteers.skillPlaceholder")}
          className="input"
        />
      </div>
      <FilterSelect
        any={t("helping.volunteers.any")}
        name="wijk"
        label={t("helping.volunteers.wijk")}
        value={filters.wijk}
        options={neighbourhoods.map((w) => ({ value: String(w.id), label: w.name }))}
      />
      <FilterSelect
        any={t("helping.volunteers.any")}
        name="day"
        label={t("helping.volunteers.day")}
        value={filters.day}
        options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`vocab.weekday.${d}`) }))}
      />
      <FilterSelect
        any={t("helping.volunteers.any")}
        name="part"
        label={t("helping.volunteers.part")}
        value={filters.part}
        options={DAY_PARTS.map((p) => ({ value: p, label: t(`vocab.dayPart.${p}`) }))}
      />
      <FilterSelect
        any={t("helping.volunteers.any")}
        name="language"
        label={t("helping.volunteers.language")}
        value={filters.language}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`vocab.language.${l}`) }))}
      />
      <div className="flex items-end">
        <button type="submit" className="btn btn-primary">
          {t("helping.volunteers.search")}
        </button>
      </div>
    </Form>
  );
}

function useAvailabilityText() {
  const { t } = useTranslation();
  return (slots: string[]) => describeAvailability(slots, t).join(", ");
}

export function HelperResults({ helpers, openings }: { helpers: HelperSearchResult[]; openings: { id: number; title: string }[] }) {
  const { t } = useTranslation();
  const availabilityText = useAvailabilityText();
  return (
    <div className="space-y-3">
      <p role="status">{helpers.length === 0 ? t("helping.volunteers.noResults") : t("helping.volunteers.results", { count: helpers.length })}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {helpers.map((helper) => (
          <li key={helper.userId} className="card space-y-2">
            <h3 className="text-lg font-semibold">{helper.name}</h3>
            <dl className="space-y-1 text-sm">
              {helper.skills.length > 0 ? (
                <div>
                  <dt className="inline font-semibold">{t("helping.volunteers.skills")}: </dt>
                  <dd className="inline">{helper.skills.join(", ")}</dd>
                </div>
              ) : null}
              {helper.interests.length > 0 ? (
                <div>
                  <dt className="inline font-semibold">{t("helping.volunteers.interests")}: </dt>
                  <dd className="inline">{helper.interests.map((d) => t(`vocab.domain.${d}`)).join(", ")}</dd>
                </div>
              ) : null}
              {helper.neighbourhoodName ? (
                <div>
                  <dt className="inline font-semibold">{t("helping.volunteers.wijk")}: </dt>
                  <dd className="inline">{helper.neighbourhoodName}</dd>
                </div>
              ) : null}
              {helper.availability.length > 0 ? (
                <div>
                  <dt className="inline font-semibold">{t("helping.volunteers.availability")}: </dt>
                  <dd className="inline">{availabilityText(helper.availability)}</dd>
                </div>
              ) : null}
              {helper.languages.length > 0 ? (
                <div>
                  <dt className="inline font-semibold">{t("helping.volunteers.languages")}: </dt>
                  <dd className="inline">{helper.languages.map((l) => t(`vocab.language.${l}`)).join(", ")}</dd>
                </div>
              ) : null}
            </dl>
            {helper.about ? <p>{helper.about}</p> : null}
            <Form method="post" className="space-y-2 border-t border-[var(--color-brand-100)] pt-2">
              <input type="hidden" name="intent" value="invite" />
              <input type="hidden" name="userId" value={helper.userId} />
              <div className="space-y-1">
                <label htmlFor={`invite-for-${helper.userId}`} className="block font-semibold">
                  {t("helping.volunteers.inviteFor")}
                </label>
                <select id={`invite-for-${helper.userId}`} name="initiativeId" className="input">
                  <option value="">{t("helping.volunteers.inviteGeneral")}</option>
                  {openings.map((opening) => (
                    <option key={opening.id} value={opening.id}>
                      {opening.title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="space-y-1">
                <label htmlFor={`invite-message-${helper.userId}`} className="block font-semibold">
                  {t("helping.volunteers.inviteMessage")}
                </label>
                <textarea id={`invite-message-${helper.userId}`} name="message" rows={2} maxLength={500} className="input" />
              </div>
              <button type="submit" className="btn btn-secondary">
                {t("helping.volunteers.invite")}
                <span className="sr-only"> ({helper.name})</span>
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </div>
  );
}
