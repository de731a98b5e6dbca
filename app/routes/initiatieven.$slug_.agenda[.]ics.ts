import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarNotFound, calendarResponse, listingForCalendar } from "~/models/open-data/calendar.server";
import { mappingContext } from "~/models/open-data/api.server";

/** "Zet in je agenda": the listing's weekly slots as recurring events. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const listing = /^[a-z0-9-]{1,250}$/.test(slug) ? listingForCalendar(slug) : null;
  if (!listing) return calendarNotFound();
  const url = `${mappingContext().baseUrl}/initiatieven/${listing.slug}`;
  return calendarResponse(request, {
    name: `${listing.title} · Wijkmarkt`,
    description: listing.summary,
    url,
    listings: [listing],
    filename: `${listing.slug}.ics`,
  });
}
