/**
 * Wijkmarkt's public directory as HSDS 3.0 objects: listing → service, organisation →
 * organization, a listing's place → location (with address) and service_at_location, weekly slots
 * → schedules, vocabularies → taxonomy terms (as attributes). Pure: rows in, objects out. Empty
 * values are left out rather than sent as null, which the schemas do not allow.
 */
import type { InitiativeKind, LifeDomain, TargetGroup } from "~/domain/vocabulary";
import { formatPostcode } from "~/utils/geo";
import { amsterdamDate, amsterdamOffset, firstOccurrence, icalDay } from "./amsterdam-time";
import { childId, flipServiceAtLocationId } from "./ids.server";
import { findTerm, TERM_LANGUAGES, termId, taxonomyByKey, termName, type TaxonomyKey, type TaxonomyTerm } from "./taxonomies";

/** A published listing with everything the API shows of it (see rows.server.ts). */
export type ServiceRow = {
  publicId: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  kind: InitiativeKind;
  isOnline: number;
  address: string | null;
  postcode: string | null;
  lat: number | null;
  lng: number | null;
  /** Null: nobody said; exported as no claim at all. */
  isFree: number | null;
  costNote: string | null;
  minAge: number | null;
  maxAge: number | null;
  acceptsReferrals: number;
  wheelchair: number | null;
  hearingLoop: number;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  lastConfirmedAt: number;
  publishedAt: number | null;
  updatedAt: number;
  organisationPublicId: string;
  organisationSlug: string;
  organisationName: string;
  organisationDescription: string;
  organisationWebsite: string | null;
  organisationEmail: string | null;
  organisationPhone: string | null;
  neighbourhoodSlug: string | null;
  neighbourhoodName: string | null;
  /** JSON arrays, aggregated in the query. */
  domains: string;
  groups: string;
  languages: string;
  slots: string;
};

export type OrganisationRow = {
  publicId: string;
  slug: string;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  kvkNumber: string | null;
};

/** What every mapping needs besides the row. */
export type MappingContext = {
  baseUrl: string;
  municipality: string;
  province: string;
  /** The moment of the response: decides the UTC offset written next to wall-clock times. */
  now: Date;
};

type Slot = [weekday: number, start: string, end: string];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const optionalEmail = (value: string | null) => (value && EMAIL.test(value.trim()) ? value.trim() : undefined);

/** A web address as an absolute URI; "www.example.org" gains https://, nonsense is left out. */
function optionalUri(value: string | null): string | undefined {
  if (!value?.trim()) return undefined;
  const text = value.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);
const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

export const pageUrl = (context: MappingContext, path: string) => `${context.baseUrl}${path}`;

function eligibility(row: ServiceRow): string | undefined {
  const groups = parseList<TargetGroup>(row.groups).filter((group) => group !== "everyone");
  const parts: string[] = [];
  if (groups.length > 0) parts.push(`Voor: ${groups.map((group) => termName("target_group", group, "nl").toLowerCase()).join(", ")}.`);
  if (row.minAge !== null && row.maxAge !== null) parts.push(`Leeftijd ${row.minAge} tot en met ${row.maxAge} jaar.`);
  else if (row.minAge !== null) parts.push(`Vanaf ${row.minAge} jaar.`);
  else if (row.maxAge !== null) parts.push(`Tot en met ${row.maxAge} jaar.`);
  if (row.acceptsReferrals) parts.push("Verwijzing door het wijkteam is mogelijk; aanmelden kan ook zelf.");
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/** The service with its one-to-one fields only: the shape of list pages. */
export function serviceSummary(row: ServiceRow, context: MappingContext) {
  return {
    id: row.publicId,
    organization_id: row.organisationPublicId,
    name: row.title,
    // Organisers often repeat the summary as the description's first line; say it once.
    description:
      !row.description.trim() || row.description.includes(row.summary) ? row.description.trim() || row.summary : `${row.summary}\n\n${row.description}`,
    url: pageUrl(context, `/initiatieven/${row.slug}`),
    email: optionalEmail(row.contactEmail),
    status: "active" as const,
    application_process: row.kind === "volunteers" ? `Aanmelden als vrijwilliger via ${pageUrl(context, `/initiatieven/${row.slug}/aanmelden`)}` : undefined,
    fees_description: row.isFree ? "Gratis" : text(row.costNote),
    eligibility_description: eligibility(row),
    minimum_age: row.minAge ?? undefined,
    maximum_age: row.maxAge ?? undefined,
    assured_date: amsterdamDate(new Date(row.lastConfirmedAt)),
    last_modified: new Date(row.updatedAt).toISOString(),
  };
}

/** `minimal=true`: just enough to see what changed (the schema still asks for name and status). */
export function serviceMinimal(row: ServiceRow) {
  return { id: row.publicId, name: row.title, status: "active" as const, last_modified: new Date(row.updatedAt).toISOString() };
}

function term(found: TaxonomyTerm) {
  const taxonomy = taxonomyByKey(found.taxonomyKey);
  return {
    id: found.id,
    code: found.code,
    name: found.name,
    description: found.description,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    language: found.language,
  };
}

function attributes(row: ServiceRow) {
  const codes: [TaxonomyKey, string][] = [
    ...parseList<LifeDomain>(row.domains).map((code): [TaxonomyKey, string] => ["life_domain", code]),
    ...parseList<TargetGroup>(row.groups).map((code): [TaxonomyKey, string] => ["target_group", code]),
    ["kind", row.kind],
  ];
  return codes.flatMap(([key, code]) =>
    TERM_LANGUAGES.map((language) => {
      const found = findTerm(termId(key, code, language))!;
      return {
        id: childId(row.publicId, "attribute", found.id),
        link_id: row.publicId,
        link_type: key,
        link_entity: "service",
        taxonomy_term_id: found.id,
        taxonomy_term: term(found),
      };
    }),
  );
}

const languageNames = new Intl.DisplayNames(["nl"], { type: "language", fallback: "code" });

function schedules(row: ServiceRow, context: MappingContext, serviceAtLocationId: string | undefined) {
  const offset = amsterdamOffset(context.now);
  const from = new Date(row.publishedAt ?? row.updatedAt);
  return parseList<Slot>(row.slots).map(([weekday, start, end]) => {
    const first = firstOccurrence(from, weekday, start).toISODate()!;
    return {
      id: childId(row.publicId, "schedule", weekday, start, end),
      service_id: row.publicId,
      service_at_location_id: serviceAtLocationId,
      valid_from: first,
      dtstart: first,
      timezone: offset.hours,
      wkst: "MO" as const,
      freq: "WEEKLY" as const,
      interval: 1,
      byday: icalDay(weekday),
      opens_at: `${start}${offset.text}`,
      closes_at: `${end}${offset.text}`,
      description: `Elke ${termDay(weekday)} ${start}–${end}`,
      attending_type: row.isOnline && !row.address ? "online" : "in person",
      notes: "Tijden zijn Nederlandse tijd (Europe/Amsterdam); de verschuiving naar UTC is die van vandaag en wisselt met de zomertijd.",
    };
  });
}

const DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const termDay = (weekday: number) => DAY_NAMES[weekday - 1] ?? "";

/** The place of a listing; none for a listing that is only online. */
export function location(row: ServiceRow, context: MappingContext) {
  if (!row.address && row.lat === null) return undefined;
  const id = childId(row.publicId, "location");
  const accessibility = [
    row.wheelchair ? { id: childId(id, "accessibility", "wheelchair"), location_id: id, description: "Rolstoeltoegankelijk" } : null,
    row.hearingLoop ? { id: childId(id, "accessibility", "hearing_loop"), location_id: id, description: "Ringleiding aanwezig" } : null,
  ].filter((entry) => entry !== null);
  return {
    id,
    location_type: "physical" as const,
    name: row.address ? `${row.title}, ${row.address}` : row.title,
    latitude: row.lat ?? undefined,
    longitude: row.lng ?? undefined,
    addresses: row.address
      ? [
          {
            id: childId(id, "address"),
            location_id: id,
            address_1: row.address,
            city: context.municipality,
            state_province: context.province,
            postal_code: row.postcode ? formatPostcode(row.postcode) : "",
            country: "NL",
            address_type: "physical" as const,
          },
        ]
      : [],
    accessibility,
  };
}

export function serviceAtLocation(row: ServiceRow, context: MappingContext, options: { withService: boolean }) {
  const place = location(row, context);
  if (!place) return undefined;
  return {
    id: flipServiceAtLocationId(row.publicId),
    service_id: row.publicId,
    location_id: place.id,
    description: row.neighbourhoodName ? `${row.title} in wijk ${row.neighbourhoodName}` : row.title,
    location: place,
    service: options.withService ? serviceSummary(row, context) : undefined,
  };
}

/** The service fully nested: the answer of /services/{id} and of lists with full=true. */
export function serviceFull(row: ServiceRow, context: MappingContext) {
  const atLocation = serviceAtLocation(row, context, { withService: false });
  const phone = text(row.contactPhone);
  const contactId = childId(row.publicId, "contact");
  return {
    ...serviceSummary(row, context),
    organization: organizationSummary(
      {
        publicId: row.organisationPublicId,
        slug: row.organisationSlug,
        name: row.organisationName,
        description: row.organisationDescription,
        website: row.organisationWebsite,
        email: row.organisationEmail,
        phone: row.organisationPhone,
        kvkNumber: null,
      },
      context,
    ),
    phones: phone ? [{ id: childId(row.publicId, "phone"), service_id: row.publicId, number: phone }] : [],
    contacts:
      text(row.contactName) || optionalEmail(row.contactEmail)
        ? [{ id: contactId, service_id: row.publicId, name: text(row.contactName), email: optionalEmail(row.contactEmail) }]
        : [],
    schedules: schedules(row, context, atLocation?.id),
    service_areas: row.neighbourhoodSlug
      ? [
          {
            id: childId(row.publicId, "service_area"),
            service_id: row.publicId,
            name: row.neighbourhoodName ?? row.neighbourhoodSlug,
            description: `Wijk ${row.neighbourhoodName ?? row.neighbourhoodSlug}, ${context.municipality}`,
            uri: pageUrl(context, `/wijken/${row.neighbourhoodSlug}`),
          },
        ]
      : [],
    service_at_locations: atLocation ? [atLocation] : [],
    languages: parseList<string>(row.languages).map((code) => ({
      id: childId(row.publicId, "language", code),
      service_id: row.publicId,
      name: languageNames.of(code) ?? code,
      code,
    })),
    cost_options: row.isFree
      ? [{ id: childId(row.publicId, "cost_option", "free"), service_id: row.publicId, option: "Gratis", amount: 0, currency: "EUR" }]
      : [],
    attributes: attributes(row),
  };
}

export function organizationSummary(row: OrganisationRow, context: MappingContext) {
  return {
    id: row.publicId,
    name: row.name,
    description: row.description,
    email: optionalEmail(row.email),
    website: optionalUri(row.website),
    uri: pageUrl(context, `/organisaties/${row.slug}`),
  };
}

/** An organisation with its phone and its services (one-to-one fields, or full with full_service). */
export function organizationFull(row: OrganisationRow, services: unknown[], context: MappingContext) {
  const phone = text(row.phone);
  return {
    ...organizationSummary(row, context),
    phones: phone ? [{ id: childId(row.publicId, "phone"), organization_id: row.publicId, number: phone }] : [],
    organization_identifiers: row.kvkNumber?.trim()
      ? [
          {
            id: childId(row.publicId, "identifier", "kvk"),
            organization_id: row.publicId,
            identifier_scheme: "NL-KVK",
            identifier_type: "Kamer van Koophandel",
            identifier: row.kvkNumber.trim(),
          },
        ]
      : [],
    services,
  };
}

export { term as termObject };
