import type { LoaderFunctionArgs } from "@remix-run/node";
import { listTaxonomyTerms } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: the terms of the vocabularies, in Dutch and in English. */
export const loader = ({ request }: LoaderFunctionArgs) => apiResponse(request, () => listTaxonomyTerms(new URL(request.url).searchParams));
