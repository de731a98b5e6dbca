import type { LoaderFunctionArgs } from "@remix-run/node";
import { describeApi } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** HSDS 3.0: what this API is (version, profile, OpenAPI description). */
export const loader = ({ request }: LoaderFunctionArgs) => apiResponse(request, describeApi);
