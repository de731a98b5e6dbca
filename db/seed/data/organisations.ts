/** Twelve fictional organisations; three are not verified yet (their listings wait for moderation). */
import type { OrganisationKind } from "../../../app/domain/vocabulary";

export type OrganisationSpec = {
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string;
  email: string;
  phone?: string;
  kvkNumber?: string;
  verified: boolean;
  /** How long ago the organisation registered, in days. */
  registeredDaysAgo: number;
};

/** The demo organiser's organisation: verified, several listings that accept referrals. */
export const DEMO_ORGANISATION_SLUG = "buurtkracht-overvecht";

export const ORGANISATIONS: OrganisationSpec[] = [
  {
    slug: DEMO_ORGANISATION_SLUG,
    name: "Stichting Buurtkracht Overvecht",
    kind: "foundation",
    description:
      "Buurtkracht brengt bewoners van Overvecht en Noordoost samen. Met een buurtkamer, een taalcafé, maatjes en een mantelzorgcafé. Door en voor bewoners, met steun van vrijwilligers.",
    website: "https://buurtkracht-overvecht.example.nl",
    email: "info@buurtkracht-overvecht.example.nl",
    phone: "030 000 1101",
    kvkNumber: "90000011",
    verified: true,
    registeredDaysAgo: 420,
  },
  {
    slug: "welzijn-dichtbij-utrecht",
    name: "Welzijn Dichtbij Utrecht",
    kind: "welfare",
    description:
      "Welzijnsorganisatie voor heel Utrecht. Wij helpen met formulieren, opvoedvragen, rouw, eenzaamheid en zelfstandig thuis wonen. Gratis en dichtbij.",
    website: "https://welzijndichtbij.example.nl",
    email: "contact@welzijndichtbij.example.nl",
    phone: "030 000 2202",
    kvkNumber: "90000022",
    verified: true,
    registeredDaysAgo: 410,
  },
  {
    slug: "vrijwilligerspunt-domstad",
    name: "Vrijwilligerspunt Domstad",
    kind: "volunteer_organisation",
    description:
      "Het Vrijwilligerspunt koppelt mensen die iets willen doen aan plekken waar hulp nodig is. Ook voor wie via vrijwilligerswerk weer aan het werk wil.",
    website: "https://vrijwilligerspunt-domstad.example.nl",
    email: "hallo@vrijwilligerspunt-domstad.example.nl",
    phone: "030 000 3303",
    kvkNumber: "90000033",
    verified: true,
    registeredDaysAgo: 400,
  },
  {
    slug: "sv-kanaleneiland-vooruit",
    name: "Sportvereniging Kanaleneiland Vooruit",
    kind: "club",
    description: "Buurtsportclub in Kanaleneiland. Voetbal, walking football, G-sport en bewegen voor ouderen. Iedereen mag meedoen, ook zonder lidmaatschap.",
    website: "https://kanaleneiland-vooruit.example.nl",
    email: "secretaris@kanaleneiland-vooruit.example.nl",
    kvkNumber: "90000044",
    verified: true,
    registeredDaysAgo: 380,
  },
  {
    slug: "wijkgemeente-de-ark-zuilen",
    name: "Wijkgemeente De Ark Zuilen",
    kind: "church",
    description: "Open kerk in Zuilen. Wij organiseren de Open Tafel, een kledingbank en een praathuis voor ouderen. Voor iedereen, gelovig of niet.",
    website: "https://deark-zuilen.example.nl",
    email: "koster@deark-zuilen.example.nl",
    verified: true,
    registeredDaysAgo: 350,
  },
  {
    slug: "stichting-geldwijs-utrecht",
    name: "Stichting GeldWijs Utrecht",
    kind: "foundation",
    description:
      "GeldWijs helpt inwoners met geldzorgen. Getrainde schuldhulpmaatjes, budgetcursussen en een spreekuur. Ook hulp bij een nieuwe start na detentie.",
    website: "https://geldwijs-utrecht.example.nl",
    email: "hulp@geldwijs-utrecht.example.nl",
    phone: "030 000 6606",
    kvkNumber: "90000066",
    verified: true,
    registeredDaysAgo: 330,
  },
  {
    slug: "repair-cafe-lombok",
    name: "Repair Café Lombok",
    kind: "citizen_initiative",
    description: "Buurtbewoners die samen kapotte spullen repareren: lampen, fietsen, kleding en koffiezetapparaten. Gezellig, duurzaam en gratis.",
    website: "https://repaircafe-lombok.example.nl",
    email: "repair@repaircafe-lombok.example.nl",
    verified: true,
    registeredDaysAgo: 300,
  },
  {
    slug: "bewonersgroep-de-groene-hoek",
    name: "Bewonersgroep De Groene Hoek",
    kind: "citizen_initiative",
    description: "Bewoners uit Leidsche Rijn met een buurtmoestuin, een kookclub en vrijwilligers die de wijk groener maken.",
    website: "https://degroenehoek.example.nl",
    email: "tuin@degroenehoek.example.nl",
    verified: true,
    registeredDaysAgo: 280,
  },
  {
    slug: "huiswerkhuis-hoograven",
    name: "Stichting Huiswerkhuis Hoograven",
    kind: "foundation",
    description: "Huiswerkbegeleiding, bijles en een tienerinloop in Hoograven en Kanaleneiland. Met vrijwilligers uit de wijk en studenten.",
    website: "https://huiswerkhuis-hoograven.example.nl",
    email: "info@huiswerkhuis-hoograven.example.nl",
    kvkNumber: "90000099",
    verified: true,
    registeredDaysAgo: 260,
  },
  {
    slug: "samen-aan-tafel-de-meern",
    name: "Bewonersinitiatief Samen aan Tafel De Meern",
    kind: "citizen_initiative",
    description: "Buren die samen koken en eten met ouderen uit De Meern die vaak alleen zijn.",
    website: "https://samenaantafel.example.org",
    email: "samenaantafel@example.org",
    verified: false,
    registeredDaysAgo: 12,
  },
  {
    slug: "stichting-lichtpunt-rouwcirkel",
    name: "Stichting Lichtpunt Rouwcirkel",
    kind: "foundation",
    description: "Lotgenotengroepen voor mensen die een dierbare hebben verloren, begeleid door ervaringsdeskundigen.",
    website: "https://lichtpunt-rouwcirkel.example.org",
    email: "contact@lichtpunt-rouwcirkel.example.org",
    verified: false,
    registeredDaysAgo: 8,
  },
  {
    slug: "wandelmaatjes-oost",
    name: "Wandelmaatjes Oost",
    kind: "citizen_initiative",
    description: "Buurtgenoten die samen wandelen in het Wilhelminapark en langs de Kromme Rijn. Ook met rollator of rolstoel.",
    website: "https://wandelmaatjes-oost.example.org",
    email: "wandelen@wandelmaatjes-oost.example.org",
    verified: false,
    registeredDaysAgo: 5,
  },
];
