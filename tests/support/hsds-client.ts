/**
 * Calls the /api/hsds/v3 routes the way Remix would (a Request in, a Response out), so tests see
 * exactly what a client sees: status, headers and body.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loader as root } from "~/routes/api.hsds.v3._index";
import { loader as openapi } from "~/routes/api.hsds.v3.openapi[.]json";
import { loader as organization } from "~/routes/api.hsds.v3.organizations.$id";
import { loader as organizations } from "~/routes/api.hsds.v3.organizations._index";
import { loader as serviceAtLocation } from "~/routes/api.hsds.v3.service_at_locations.$id";
import { loader as serviceAtLocations } from "~/routes/api.hsds.v3.service_at_locations._index";
import { loader as service } from "~/routes/api.hsds.v3.services.$id";
import { loader as services } from "~/routes/api.hsds.v3.services._index";
import { loader as taxonomy } from "~/routes/api.hsds.v3.taxonomies.$id";
import { loader as taxonomies } from "~/routes/api.hsds.v3.taxonomies._index";
import { loader as taxonomyTerm } from "~/routes/api.hsds.v3.taxonomy_terms.$id";
import { loader as taxonomyTerms } from "~/routes/api.hsds.v3.taxonomy_terms._index";

type Loader = (args: LoaderFunctionArgs) => Response;

const LISTS: Record<string, Loader> = {
  "": root,
  "openapi.json": openapi,
  services,
  organizations,
  service_at_locations: serviceAtLocations,
  taxonomies,
  taxonomy_terms: taxonomyTerms,
};
const RECORDS: Record<string, Loader> = {
  services: service,
  organizations: organization,
  service_at_locations: serviceAtLocation,
  taxonomies: taxonomy,
  taxonomy_terms: taxonomyTerm,
};

/** GET a path under /api/hsds/v3, e.g. "services?per_page=5" or "services/<id>". */
export function hsdsGet(path: string, headers: Record<string, string> = {}): Response {
  const url = new URL(`/api/hsds/v3/${path}`, "http://localhost:3000");
  const [collection = "", id, ...rest] = url.pathname.replace(/^\/api\/hsds\/v3\/?/, "").split("/");
  const loader = id === undefined || id === "" ? LISTS[collection] : rest.length === 0 ? RECORDS[collection] : undefined;
  if (!loader) throw new Error(`No route for ${path}`);
  return loader({ request: new Request(url, { headers }), params: { id }, context: {} });
}

export async function hsdsJson<T = Record<string, unknown>>(path: string): Promise<T> {
  const response = hsdsGet(path);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
