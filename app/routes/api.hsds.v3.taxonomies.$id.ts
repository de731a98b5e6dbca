import type { LoaderFunctionArgs } from "@remix-run/node";
import { getTaxonomy } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: one vocabulary. */
export const loader = ({ request, params }: LoaderFunctionArgs) => apiResponse(request, () => getTaxonomy(params.id ?? ""));
