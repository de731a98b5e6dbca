import type { LoaderFunctionArgs } from "@remix-run/node";
import { getServiceAtLocation } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: one service at its place, with the service fully nested. */
export const loader = ({ request, params }: LoaderFunctionArgs) => apiResponse(request, () => getServiceAtLocation(params.id ?? ""));
