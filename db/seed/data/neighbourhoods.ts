/** The demo municipality: Utrecht's ten wijken, their PC4 postcodes and three wijkteams. */

export type PostcodeSpec = { pc4: string; lat: number; lng: number };

export type NeighbourhoodSpec = {
  slug: string;
  name: string;
  description: string;
  lat: number;
  lng: number;
  postcodes: PostcodeSpec[];
};

const pc = (pc4: string, lat: number, lng: number): PostcodeSpec => ({ pc4, lat, lng });

export const NEIGHBOURHOODS: NeighbourhoodSpec[] = [
  {
    slug: "binnenstad",
    name: "Binnenstad",
    description:
      "Het historische hart van Utrecht, rond de Dom en de grachten. Veel winkels en studenten, maar ook ouderen die er al hun hele leven wonen.",
    lat: 52.0907,
    lng: 5.1205,
    postcodes: [pc("3511", 52.0925, 5.1135), pc("3512", 52.0880, 5.1235), pc("3513", 52.0958, 5.1210)],
  },
  {
    slug: "oost",
    name: "Oost",
    description:
      "Groene wijk met het Wilhelminapark, Oudwijk, Abstede en het Utrecht Science Park. Een mix van gezinnen, ouderen en studenten.",
    lat: 52.0875,
    lng: 5.1470,
    postcodes: [
      pc("3581", 52.0885, 5.1335),
      pc("3582", 52.0850, 5.1405),
      pc("3583", 52.0905, 5.1475),
      pc("3584", 52.0855, 5.1745),
      pc("3585", 52.0950, 5.1600),
    ],
  },
  {
    slug: "noordoost",
    name: "Noordoost",
    description:
      "Wittevrouwen, Votulast, Tuindorp en Voordorp: rustige woonbuurten met veel eengezinswoningen en een actief verenigingsleven.",
    lat: 52.1025,
    lng: 5.1370,
    postcodes: [
      pc("3514", 52.0985, 5.1255),
      pc("3515", 52.1040, 5.1225),
      pc("3571", 52.1000, 5.1335),
      pc("3572", 52.0975, 5.1390),
      pc("3573", 52.1075, 5.1455),
    ],
  },
  {
    slug: "noordwest",
    name: "Noordwest",
    description:
      "Zuilen, Ondiep, Pijlsweerd en Elinkwijk: oude arbeiderswijken met een sterk buurtgevoel en veel bewonersinitiatieven.",
    lat: 52.1075,
    lng: 5.1050,
    postcodes: [
      pc("3551", 52.1030, 5.1000),
      pc("3552", 52.1030, 5.1120),
      pc("3553", 52.1100, 5.0980),
      pc("3554", 52.1090, 5.1080),
      pc("3555", 52.1150, 5.1050),
    ],
  },
  {
    slug: "west",
    name: "West",
    description:
      "Lombok, Oog in Al, Halve Maan en Welgelegen. Kleurrijk en divers, met de Kanaalstraat als levendige winkelstraat.",
    lat: 52.0885,
    lng: 5.0950,
    postcodes: [pc("3531", 52.0880, 5.1030), pc("3532", 52.0920, 5.0900), pc("3533", 52.0850, 5.0850)],
  },
  {
    slug: "zuidwest",
    name: "Zuidwest",
    description:
      "Kanaleneiland, Transwijk, Dichterswijk en Rivierenwijk. Een jonge, internationale wijk met veel gezinnen en nieuwkomers.",
    lat: 52.0745,
    lng: 5.1000,
    postcodes: [pc("3521", 52.0790, 5.1120), pc("3525", 52.0700, 5.1000), pc("3526", 52.0730, 5.0900), pc("3527", 52.0800, 5.0980)],
  },
  {
    slug: "zuid",
    name: "Zuid",
    description:
      "Hoograven, Tolsteeg, Lunetten en Oud-Hoograven. Volkse buurten en groene flats langs de Vaartsche Rijn en de Kromme Rijn.",
    lat: 52.0730,
    lng: 5.1300,
    postcodes: [pc("3522", 52.0800, 5.1250), pc("3523", 52.0740, 5.1200), pc("3524", 52.0650, 5.1410)],
  },
  {
    slug: "overvecht",
    name: "Overvecht",
    description:
      "Een groene naoorlogse wijk in het noorden met veel flats, parken en bewoners uit meer dan honderd landen. Sterke vrijwilligersnetwerken, maar ook veel eenzaamheid.",
    lat: 52.1160,
    lng: 5.1310,
    postcodes: [pc("3561", 52.1110, 5.1220), pc("3562", 52.1160, 5.1260), pc("3563", 52.1205, 5.1350), pc("3564", 52.1140, 5.1385)],
  },
  {
    slug: "leidsche-rijn",
    name: "Leidsche Rijn",
    description:
      "De jongste wijk van Utrecht: Terwijde, Parkwijk, Langerak en het Leidsche Rijn Centrum. Veel jonge gezinnen en nieuwe voorzieningen.",
    lat: 52.0945,
    lng: 5.0545,
    postcodes: [
      pc("3541", 52.1020, 5.0650),
      pc("3542", 52.0990, 5.0500),
      pc("3543", 52.0930, 5.0420),
      pc("3544", 52.0870, 5.0550),
      pc("3545", 52.0800, 5.0650),
      pc("3546", 52.1000, 5.0380),
    ],
  },
  {
    slug: "vleuten-de-meern",
    name: "Vleuten-De Meern",
    description:
      "De dorpen Vleuten, De Meern en Haarzuilens met nieuwe buurten als Veldhuizen en het Zand. Dorps, met veel gezinnen en een groeiend aantal ouderen.",
    lat: 52.0850,
    lng: 5.0180,
    postcodes: [
      pc("3451", 52.0700, 5.0350),
      pc("3452", 52.1050, 5.0100),
      pc("3453", 52.0780, 5.0250),
      pc("3454", 52.0780, 5.0050),
      pc("3455", 52.1100, 5.0000),
    ],
  },
];

export type TeamKey = "overvecht" | "zuidwest" | "leidsche-rijn";

export type TeamSpec = { key: TeamKey; slug: string; name: string; email: string; neighbourhoods: string[] };

/** Binnenstad and Oost have no wijkteam in the demo. */
export const TEAMS: TeamSpec[] = [
  {
    key: "overvecht",
    slug: "wijkteam-overvecht",
    name: "Wijkteam Overvecht",
    email: "overvecht@wijkteams.example.nl",
    neighbourhoods: ["overvecht", "noordoost"],
  },
  {
    key: "zuidwest",
    slug: "wijkteam-zuidwest",
    name: "Wijkteam Zuidwest",
    email: "zuidwest@wijkteams.example.nl",
    neighbourhoods: ["zuidwest", "zuid", "west"],
  },
  {
    key: "leidsche-rijn",
    slug: "wijkteam-leidsche-rijn",
    name: "Wijkteam Leidsche Rijn",
    email: "leidscherijn@wijkteams.example.nl",
    neighbourhoods: ["leidsche-rijn", "vleuten-de-meern", "noordwest"],
  },
];

/** The wijk a PC4 belongs to. */
export function neighbourhoodOfPostcode(pc4: string): NeighbourhoodSpec {
  const found = NEIGHBOURHOODS.find((n) => n.postcodes.some((p) => p.pc4 === pc4));
  if (!found) throw new Error(`Unknown demo postcode ${pc4}`);
  return found;
}
