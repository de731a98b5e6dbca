/** The licence of the published data (OPEN_DATA_LICENCE), with its name and where to read it. */
import { getEnv, type Env } from "~/utils/env.server";

type LicenceId = Env["OPEN_DATA_LICENCE"];

const LICENCES: Record<LicenceId, { name: string; url: string }> = {
  "CC0-1.0": { name: "CC0 1.0 Universal", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  "CC-BY-4.0": { name: "Creative Commons Attribution 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": { name: "Creative Commons Attribution-ShareAlike 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  "ODbL-1.0": { name: "Open Database License 1.0", url: "https://opendatacommons.org/licenses/odbl/1-0/" },
  "PDDL-1.0": { name: "Open Data Commons Public Domain Dedication and License 1.0", url: "https://opendatacommons.org/licenses/pddl/1-0/" },
};

export type Licence = { id: LicenceId; name: string; url: string };

export function openDataLicence(): Licence {
  const id = getEnv().OPEN_DATA_LICENCE;
  return { id, ...LICENCES[id] };
}

/** The schemas' own licence and the attribution Open Referral asks for. */
export const HSDS_ATTRIBUTION = {
  text: "Human Services Data Specification: an Open Referral resource",
  url: "https://openreferral.org/",
  licence: { name: "Creative Commons Attribution-ShareAlike 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
} as const;
