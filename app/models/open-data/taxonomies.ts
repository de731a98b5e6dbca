/**
 * Wijkmarkt's vocabularies as HSDS taxonomies: the ZRM life domains, the target groups and the
 * kinds of listing. Each term exists once per language (Dutch first, English), both with the same
 * code; a listing carries both. The ids are derived from the codes, so they never change.
 */
import { INITIATIVE_KINDS, LIFE_DOMAINS, TARGET_GROUPS, type InitiativeKind, type LifeDomain, type TargetGroup } from "~/domain/vocabulary";
import { messages } from "~/locales";
import { uuidv5 } from "./ids.server";

export const TERM_LANGUAGES = ["nl", "en"] as const;
type TermLanguage = (typeof TERM_LANGUAGES)[number];

export type TaxonomyKey = "life_domain" | "target_group" | "kind";

export type Taxonomy = { key: TaxonomyKey; id: string; name: string; description: string; version?: string; uri?: string };

export type TaxonomyTerm = {
  id: string;
  taxonomyKey: TaxonomyKey;
  taxonomyId: string;
  code: string;
  language: TermLanguage;
  name: string;
  description: string;
};

const taxonomyId = (key: TaxonomyKey) => uuidv5(`taxonomy:${key}`);

export const TAXONOMIES: readonly Taxonomy[] = [
  {
    key: "life_domain",
    id: taxonomyId("life_domain"),
    name: "ZRM-leefgebieden",
    description:
      "De 13 leefgebieden van de Zelfredzaamheid-Matrix (ZRM 2017), waarin een activiteit helpt. " +
      "The 13 life domains of the Dutch Self-Sufficiency Matrix (ZRM 2017) an activity helps in.",
    version: "2017",
  },
  {
    key: "target_group",
    id: taxonomyId("target_group"),
    name: "Doelgroepen",
    description: "Voor wie een activiteit bedoeld is. Who an activity is meant for.",
  },
  {
    key: "kind",
    id: taxonomyId("kind"),
    name: "Soort aanbod",
    description: "Activiteit, dienst of vrijwilligers gezocht. Activity, service or volunteers wanted.",
  },
];

const CODES: Record<TaxonomyKey, readonly string[]> = {
  life_domain: LIFE_DOMAINS,
  target_group: TARGET_GROUPS,
  kind: INITIATIVE_KINDS,
};

const VOCAB_KEY: Record<TaxonomyKey, "domain" | "targetGroup" | "kind"> = {
  life_domain: "domain",
  target_group: "targetGroup",
  kind: "kind",
};

/** The label of a code in a language, from the site's own message files. */
export function termName(key: TaxonomyKey, code: string, language: TermLanguage): string {
  const labels = messages[language].vocab[VOCAB_KEY[key]] as Record<string, string>;
  return labels[code] ?? code;
}

export const termId = (key: TaxonomyKey, code: string, language: TermLanguage) => uuidv5(`taxonomy:${key}/term:${code}/${language}`);

export const TERMS: readonly TaxonomyTerm[] = TAXONOMIES.flatMap((taxonomy) =>
  CODES[taxonomy.key].flatMap((code) =>
    TERM_LANGUAGES.map((language) => ({
      id: termId(taxonomy.key, code, language),
      taxonomyKey: taxonomy.key,
      taxonomyId: taxonomy.id,
      code,
      language,
      name: termName(taxonomy.key, code, language),
      description: `${taxonomy.name}: ${termName(taxonomy.key, code, language)}`,
    })),
  ),
);

const termsById = new Map(TERMS.map((term) => [term.id, term]));
const taxonomiesById = new Map(TAXONOMIES.map((taxonomy) => [taxonomy.id, taxonomy]));

export const findTerm = (id: string) => termsById.get(id.toLowerCase()) ?? null;
export const findTaxonomy = (id: string) => taxonomiesById.get(id.toLowerCase()) ?? null;
export const taxonomyByKey = (key: TaxonomyKey) => TAXONOMIES.find((taxonomy) => taxonomy.key === key)!;

/** The codes a listing carries, per taxonomy. */
export type ListingCodes = { domains: LifeDomain[]; groups: TargetGroup[]; kind: InitiativeKind };
