/** What the /open-data page shows: the licence, and real ids so every example link works. */
import { cachedStatement } from "~/models/initiative.server";
import { mappingContext } from "./api.server";
import { ensurePublicIds } from "./ids.server";
import { HSDS_ATTRIBUTION, openDataLicence, type Licence } from "./licence.server";
import { MAX_PER_PAGE } from "./params";
import { taxonomyByKey } from "./taxonomies";

export type OpenDataPage = {
  baseUrl: string;
  licence: Licence;
  attribution: typeof HSDS_ATTRIBUTION;
  maxPerPage: number;
  examples: {
    serviceId: string | null;
    postcode: string | null;
    lifeDomainTaxonomyId: string;
    neighbourhood: { slug: string; name: string } | null;
  };
};

export function getOpenDataPage(): OpenDataPage {
  ensurePublicIds();
  const service = cachedStatement("SELECT public_id AS id FROM initiatives WHERE status = 'published' ORDER BY id LIMIT 1").get() as { id: string } | undefined;
  const postcode = cachedStatement(
    `SELECT p.pc4 FROM postcodes p JOIN initiatives i ON i.neighbourhood_id = p.neighbourhood_id AND i.status = 'published'
     GROUP BY p.pc4 ORDER BY count(*) DESC, p.pc4 LIMIT 1`,
  ).get() as { pc4: string } | undefined;
  const neighbourhood = cachedStatement(
    `SELECT n.slug, n.name FROM neighbourhoods n JOIN initiatives i ON i.neighbourhood_id = n.id AND i.status = 'published'
       AND EXISTS (SELECT 1 FROM schedule_slots s WHERE s.initiative_id = i.id)
     GROUP BY n.id ORDER BY count(*) DESC, n.name LIMIT 1`,
  ).get() as { slug: string; name: string } | undefined;
  return {
    baseUrl: mappingContext().baseUrl,
    licence: openDataLicence(),
    attribution: HSDS_ATTRIBUTION,
    maxPerPage: MAX_PER_PAGE,
    examples: {
      serviceId: service?.id ?? null,
      postcode: postcode?.pc4 ?? null,
      lifeDomainTaxonomyId: taxonomyByKey("life_domain").id,
      neighbourhood: neighbourhood ?? null,
    },
  };
}
