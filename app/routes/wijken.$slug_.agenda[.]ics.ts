import type { LoaderFunctionArgs } from "@remix-run/node";
import { mappingContext } from "~/models/open-data/api.server";
import { calendarNotFound, calendarResponse, wijkForCalendar } from "~/models/open-data/calendar.server";

/** Every activity with a schedule in one wijk, to subscribe to (webcal) and keep current. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const wijk = /^[a-z0-9-]{1,250}$/.test(slug) ? wijkForCalendar(slug) : null;
  if (!wijk) return calendarNotFound();
  return calendarResponse(request, {
    name: `Activiteiten in ${wijk.name} · Wijkmarkt`,
    description: `Alle activiteiten met vaste tijden in de wijk ${wijk.name}.`,
    url: `${mappingContext().baseUrl}/wijken/${slug}`,
    listings: wijk.listings,
    filename: `wijk-${slug}.ics`,
  });
}
