/**
 * Validators for API answers from the official HSDS 3.0 schemas (vendor/hsds-3.0, CC BY-SA 4.0,
 * "Human Services Data Specification: an Open Referral resource"). The entity files refer to each
 * other by file name; each gets the $id of its canonical address, so those references resolve
 * among the vendored copies and nothing is fetched.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

const ROOT = path.resolve(import.meta.dirname, "../../vendor/hsds-3.0");
const BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

for (const file of readdirSync(path.join(ROOT, "schema")).filter((name) => name.endsWith(".json") && name !== "openapi.json")) {
  ajv.addSchema({ ...readJson(`schema/${file}`), $id: `${BASE}${file}` });
}
for (const file of readdirSync(path.join(ROOT, "schema/compiled"))) {
  ajv.addSchema({ ...readJson(`schema/compiled/${file}`), $id: `${BASE}compiled/${file}` });
}

const openapi = readJson("schema/openapi.json") as {
  components: { schemas: { Page: Record<string, unknown> } };
  paths: Record<string, { get: { responses: { 200: { content: { "application/json": { schema: Record<string, unknown> } } } } } }>;
};
const PAGE = openapi.components.schemas.Page;
const PAGE_FIELDS = Object.keys(PAGE.properties as object);

/** A page envelope (all Page fields present) whose contents are each valid against `item`. */
function listOf(item: string): ValidateFunction {
  return ajv.compile({
    allOf: [PAGE],
    type: "object",
    required: [...PAGE_FIELDS, "contents"],
    properties: { contents: { type: "array", items: { $ref: `${BASE}${item}` } } },
  });
}

const ref = (file: string) => ajv.getSchema(`${BASE}${file}`)!;

export const validators = {
  /** GET / — the response schema written inline in openapi.json. */
  root: ajv.compile({ ...openapi.paths["/"]!.get.responses[200].content["application/json"].schema, required: ["version", "profile", "openapi_url"] }),
  serviceList: listOf("compiled/service_list.json"),
  /** One record of /services?format=ndjson. */
  serviceListItem: ref("compiled/service_list.json"),
  service: ref("service.json"),
  organizationList: listOf("compiled/organization_list.json"),
  /** The compiled organization adds `services` to the entity. */
  organization: ajv.compile({
    allOf: [{ $ref: `${BASE}organization.json` }],
    properties: { services: { type: "array", items: { $ref: `${BASE}service.json` } } },
  }),
  serviceAtLocationList: listOf("compiled/service_at_location_list.json"),
  /** The compiled service_at_location adds the nested `service` to the entity. */
  serviceAtLocation: ajv.compile({
    allOf: [{ $ref: `${BASE}service_at_location.json` }],
    required: ["service"],
    properties: { service: { $ref: `${BASE}service.json` } },
  }),
  taxonomyList: listOf("taxonomy.json"),
  taxonomy: ref("taxonomy.json"),
  taxonomyTermList: listOf("taxonomy_term.json"),
  taxonomyTerm: ref("taxonomy_term.json"),
};

/** The errors of a validation in a form that reads well in a failed assertion. */
export function schemaErrors(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
}

/** The official examples from the specification repository, as fixtures for the validators. */
export const officialExample = (name: string) => readJson(`examples/${name}.json`);
