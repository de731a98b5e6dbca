import type { LoaderFunctionArgs } from "@remix-run/node";
import { mappingContext } from "~/models/open-data/api.server";
import { listingsForFeedToken } from "~/models/open-data/calendar-feed.server";
import { calendarNotFound, calendarResponse } from "~/models/open-data/calendar.server";

/** A resident's private feed of what they volunteer for: the secret in the address is the key. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const listings = listingsForFeedToken(params.token ?? "");
  if (!listings) return calendarNotFound();
  return calendarResponse(request, {
    name: "Mijn vrijwilligerswerk · Wijkmarkt",
    description: "De activiteiten waarvoor je vrijwilliger bent.",
    url: `${mappingContext().baseUrl}/mijn`,
    listings,
    filename: "vrijwilligerswerk.ics",
    isPrivate: true,
  });
}
