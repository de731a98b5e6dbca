import type { LoaderFunctionArgs } from "@remix-run/node";
import { listTaxonomies } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: the vocabularies (ZRM life domains, target groups, kinds). */
export const loader = ({ request }: LoaderFunctionArgs) => apiResponse(request, () => listTaxonomies(new URL(request.url).searchParams));
