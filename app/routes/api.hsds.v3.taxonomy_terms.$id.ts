import type { LoaderFunctionArgs } from "@remix-run/node";
import { getTaxonomyTerm } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: one term. */
export const loader = ({ request, params }: LoaderFunctionArgs) => apiResponse(request, () => getTaxonomyTerm(params.id ?? ""));
