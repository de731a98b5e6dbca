import type { LoaderFunctionArgs } from "@remix-run/node";
import { mappingContext } from "~/models/open-data/api.server";
import { calendarNotFound, calendarResponse, neighbourhoodForCalendar } from "~/models/open-data/calendar.server";

/** Every activity with a schedule in one neighbourhood, to subscribe to (webcal) and keep current. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const neighbourhood = /^[a-z0-9-]{1,250}$/.test(slug) ? neighbourhoodForCalendar(slug) : null;
  if (!neighbourhood) return calendarNotFound();
  return calendarResponse(request, {
    name: `Activiteiten in ${neighbourhood.name} · Wijkmarkt`,
    description: `Alle activiteiten met vaste tijden in de wijk ${neighbourhood.name}.`,
    url: `${mappingContext().baseUrl}/wijken/${slug}`,
    listings: neighbourhood.listings,
    filename: `wijk-${slug}.ics`,
  });
}
