/**
 * schema.org JSON-LD for the public pages, built from the data the pages already load: an
 * initiative as an Event with its weekly schedule (or a Service when it has no fixed times or is
 * a service), an organisation as an Organization, a neighbourhood as a Place. URLs are absolute.
 */
import type { InitiativePage, NeighbourhoodPage, OrganisationPage } from "~/models/directory.server";
import { formatPostcode } from "~/utils/geo";
import { firstOccurrence, ZONE } from "./amsterdam-time";

export type Site = { baseUrl: string; municipality: string };

const SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const dayUrl = (weekday: number) => `https://schema.org/${SCHEMA_DAYS[weekday - 1]}`;

function place(initiative: InitiativePage, site: Site) {
  if (!initiative.address) return initiative.isOnline ? { "@type": "VirtualLocation", url: `${site.baseUrl}/initiatieven/${initiative.slug}` } : undefined;
  return {
    "@type": "Place",
    name: initiative.neighbourhood ? `${initiative.address} (${initiative.neighbourhood.name})` : initiative.address,
    address: {
      "@type": "PostalAddress",
      streetAddress: initiative.address,
      postalCode: initiative.postcode ? formatPostcode(initiative.postcode) : undefined,
      addressLocality: site.municipality,
      addressCountry: "NL",
    },
  };
}

function offers(initiative: InitiativePage, url: string) {
  if (initiative.isFree) return { "@type": "Offer", price: 0, priceCurrency: "EUR", url };
  return initiative.costNote ? { "@type": "Offer", description: initiative.costNote, priceCurrency: "EUR", url } : undefined;
}

function audience(initiative: InitiativePage) {
  const groups = initiative.targetGroups.filter((group) => group !== "everyone");
  if (groups.length === 0 && initiative.minAge === null && initiative.maxAge === null) return undefined;
  return {
    "@type": "PeopleAudience",
    audienceType: groups.length > 0 ? groups.join(", ") : undefined,
    suggestedMinAge: initiative.minAge ?? undefined,
    suggestedMaxAge: initiative.maxAge ?? undefined,
  };
}

export function initiativeJsonLd(initiative: InitiativePage, site: Site, now = new Date()) {
  const url = `${site.baseUrl}/initiatieven/${initiative.slug}`;
  const organiser = { "@type": "Organization", name: initiative.organisation.name, url: `${site.baseUrl}/organisaties/${initiative.organisation.slug}` };
  const common = {
    "@context": "https://schema.org",
    name: initiative.title,
    description: initiative.summary,
    url,
    offers: offers(initiative, url),
    audience: audience(initiative),
    inLanguage: initiative.languages.length > 0 ? initiative.languages : undefined,
  };
  if (initiative.schedule.length === 0 || initiative.kind === "service") {
    return {
      ...common,
      "@type": "Service",
      provider: organiser,
      areaServed: initiative.neighbourhood ? { "@type": "Place", name: initiative.neighbourhood.name } : { "@type": "City", name: site.municipality },
      hoursAvailable: initiative.schedule.map((slot) => ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: dayUrl(slot.weekday),
        opens: slot.startTime,
        closes: slot.endTime,
      })),
    };
  }
  const next = initiative.schedule
    .map((slot) => firstOccurrence(now, slot.weekday, slot.startTime))
    .filter((start) => start.toJSDate() >= now)
    .sort((a, b) => a.toMillis() - b.toMillis())[0];
  return {
    ...common,
    "@type": "Event",
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: initiative.address ? "https://schema.org/OfflineEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode",
    startDate: next?.toISO({ suppressMilliseconds: true }) ?? undefined,
    eventSchedule: initiative.schedule.map((slot) => ({
      "@type": "Schedule",
      repeatFrequency: "P1W",
      byDay: dayUrl(slot.weekday),
      startTime: slot.startTime,
      endTime: slot.endTime,
      scheduleTimezone: ZONE,
    })),
    location: place(initiative, site),
    organizer: organiser,
  };
}

export function organisationJsonLd(organisation: OrganisationPage, site: Site) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: organisation.name,
    description: organisation.description || undefined,
    url: `${site.baseUrl}/organisaties/${organisation.slug}`,
    email: organisation.email ?? undefined,
    telephone: organisation.phone ?? undefined,
    sameAs: organisation.website ? [organisation.website] : undefined,
    areaServed: { "@type": "City", name: site.municipality },
  };
}

export function neighbourhoodJsonLd(neighbourhood: NeighbourhoodPage, site: Site) {
  return {
    "@context": "https://schema.org",
    "@type": "Place",
    name: neighbourhood.name,
    description: neighbourhood.description || undefined,
    url: `${site.baseUrl}/wijken/${neighbourhood.slug}`,
    containedInPlace: { "@type": "City", name: site.municipality, address: { "@type": "PostalAddress", addressCountry: "NL" } },
    event: neighbourhood.initiatives.map((card) => ({ "@type": "Event", name: card.title, url: `${site.baseUrl}/initiatieven/${card.slug}` })),
  };
}
