import type { LoaderFunctionArgs } from "@remix-run/node";
import { getService } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: one service, fully nested. */
export const loader = ({ request, params }: LoaderFunctionArgs) => apiResponse(request, () => getService(params.id ?? ""));
