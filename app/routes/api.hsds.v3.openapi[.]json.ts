import type { LoaderFunctionArgs } from "@remix-run/node";
import { describeOpenApi } from "~/models/open-data/api.server";
import { apiResponse } from "~/models/open-data/response.server";

/** The official HSDS 3.0 OpenAPI description, with this API's own title, licence and address. */
export const loader = ({ request }: LoaderFunctionArgs) => apiResponse(request, describeOpenApi);
