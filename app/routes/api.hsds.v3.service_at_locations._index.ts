import type { LoaderFunctionArgs } from "@remix-run/node";
import { listServiceAtLocations } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: services at their places; postcode and proximity search here. */
export const loader = ({ request }: LoaderFunctionArgs) => apiResponse(request, () => listServiceAtLocations(new URL(request.url).searchParams));
