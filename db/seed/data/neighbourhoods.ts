/** The demo municipality: Utrecht's ten neighbourhoods, their PC4 postcodes and three wijkteams. */

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
    description: "Het historische hart van Utrecht, rond de Dom en de grachten. Veel winkels en studenten, maar ook ouderen die er al hun hele leven wonen.",
    lat: 52.0907,
    lng: 5.1205,
    postcodes: [pc("3511", 52.0925, 5.1135), pc("3512", 52.088, 5.1235), pc("3513", 52.0958, 5.121)],
  },
  {
    slug: "oost",
    name: "Oost",
    description: "Groene wijk met het Wilhelminapark, Oudwijk, Abstede en het Utrecht Science Park. Een mix van gezinnen, ouderen en studenten.",
    lat: 52.0875,
    lng: 5.147,
    postcodes: [pc("3581", 52.0885, 5.1335), pc("3582", 52.085, 5.1405), pc("3583", 52.0905, 5.1475), pc("3584", 52.0855, 5.1745), pc("3585", 52.095, 5.16)],
  },
  {
    slug: "noordoost",
    name: "Noordoost",
    description: "Wittevrouwen, Votulast, Tuindorp en Voordorp: rustige woonbuurten met veel eengezinswoningen en een actief verenigingsleven.",
    lat: 52.1025,
    lng: 5.137,
    postcodes: [pc("3514", 52.0985, 5.1255), pc("3515", 52.104, 5.1225), pc("3571", 52.1, 5.1335), pc("3572", 52.0975, 5.139), pc("3573", 52.1075, 5.1455)],
  },
  {
    slug: "noordwest",
    name: "Noordwest",
    description: "Zuilen, Ondiep, Pijlsweerd en Elinkwijk: oude arbeiderswijken met een sterk buurtgevoel en veel bewonersinitiatieven.",
    lat: 52.1075,
    lng: 5.105,
    postcodes: [pc("3551", 52.103, 5.1), pc("3552", 52.103, 5.112), pc("3553", 52.11, 5.098), pc("3554", 52.109, 5.108), pc("3555", 52.115, 5.105)],
  },
  {
    slug: "west",
    name: "West",
    description: "Lombok, Oog in Al, Halve Maan en Welgelegen. Kleurrijk en divers, met de Kanaalstraat als levendige winkelstraat.",
    lat: 52.0885,
    lng: 5.095,
    postcodes: [pc("3531", 52.088, 5.103), pc("3532", 52.092, 5.09), pc("3533", 52.085, 5.085)],
  },
  {
    slug: "zuidwest",
    name: "Zuidwest",
    description: "Kanaleneiland, Transwijk, Dichterswijk en Rivierenwijk. Een jonge, internationale wijk met veel gezinnen en nieuwkomers.",
    lat: 52.0745,
    lng: 5.1,
    postcodes: [pc("3521", 52.079, 5.112), pc("3525", 52.07, 5.1), pc("3526", 52.073, 5.09), pc("3527", 52.08, 5.098)],
  },
  {
    slug: "zuid",
    name: "Zuid",
    description: "Hoograven, Tolsteeg, Lunetten en Oud-Hoograven. Volkse buurten en groene flats langs de Vaartsche Rijn en de Kromme Rijn.",
    lat: 52.073,
    lng: 5.13,
    postcodes: [pc("3522", 52.08, 5.125), pc("3523", 52.074, 5.12), pc("3524", 52.065, 5.141)],
  },
  {
    slug: "overvecht",
    name: "Overvecht",
    description:
      "Een groene naoorlogse wijk in het noorden met veel flats, parken en bewoners uit meer dan honderd landen. Sterke vrijwilligersnetwerken, maar ook veel eenzaamheid.",
    lat: 52.116,
    lng: 5.131,
    postcodes: [pc("3561", 52.111, 5.122), pc("3562", 52.116, 5.126), pc("3563", 52.1205, 5.135), pc("3564", 52.114, 5.1385)],
  },
  {
    slug: "leidsche-rijn",
    name: "Leidsche Rijn",
    description: "De jongste wijk van Utrecht: Terwijde, Parkwijk, Langerak en het Leidsche Rijn Centrum. Veel jonge gezinnen en nieuwe voorzieningen.",
    lat: 52.0945,
    lng: 5.0545,
    postcodes: [
      pc("3541", 52.102, 5.065),
      pc("3542", 52.099, 5.05),
      pc("3543", 52.093, 5.042),
      pc("3544", 52.087, 5.055),
      pc("3545", 52.08, 5.065),
      pc("3546", 52.1, 5.038),
    ],
  },
  {
    slug: "vleuten-de-meern",
    name: "Vleuten-De Meern",
    description:
      "De dorpen Vleuten, De Meern en Haarzuilens met nieuwe buurten als Veldhuizen en het Zand. Dorps, met veel gezinnen en een groeiend aantal ouderen.",
    lat: 52.085,
    lng: 5.018,
    postcodes: [pc("3451", 52.07, 5.035), pc("3452", 52.105, 5.01), pc("3453", 52.078, 5.025), pc("3454", 52.078, 5.005), pc("3455", 52.11, 5.0)],
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

/** The neighbourhood a PC4 belongs to. */
export function neighbourhoodOfPostcode(pc4: string): NeighbourhoodSpec {
  const found = NEIGHBOURHOODS.find((n) => n.postcodes.some((p) => p.pc4 === pc4));
  if (!found) throw new Error(`Unknown demo postcode ${pc4}`);
  return found;
}
