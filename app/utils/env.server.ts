import { z } from "zod";

/** The Dutch government's free background map (BRT Achtergrondkaart, CC BY 4.0 Kadaster) as XYZ tiles. */
const PDOK_TILES = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

/** Variables for which an empty value means "none" rather than "not set, use the default". */
const EMPTY_MEANS_NONE = new Set(["MAP_TILE_URL"]);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_PATH: z.string().min(1).default("data/wijkmarkt.db"),
    /** Where the production build lives (server.ts serves it). */
    BUILD_DIR: z.string().min(1).default("build"),
    /** Where the site is reached; used for links in email. */
    PUBLIC_URL: z.string().url().default("http://localhost:3000"),
    /** smtp://user:pass@host:port — without it email stays in the outbox. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().min(3).default("Wijkmarkt <noreply@wijkmarkt.local>"),
    /** "false" starts on an empty database without demo data. */
    SEED_DEMO: z.enum(["true", "false"]).default("true"),
    /** Signs cookies; without it one is generated once and kept beside the database. */
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** With it the server makes a backup on a schedule into this folder. */
    BACKUP_DIR: z.string().min(1).optional(),
    BACKUP_EVERY_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 24, "at most 576 (24 days)")
      .default(24),
    /** How many scheduled backups stay; older ones are deleted. */
    BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
    /** Largest request body accepted, in KiB (forms; the site takes no uploads). */
    MAX_BODY_KB: z.coerce.number().int().min(1).max(10_240).default(64),
    /**
     * Which proxies in front may set X-Forwarded-For: "false" (none, the default), "true" (any),
     * a hop count like "1", or addresses/subnets like "loopback, 10.0.0.0/8".
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .default("false")
      .transform((value): boolean | number | string =>
        value === "false" || value === "" ? false : value === "true" ? true : /^\d+$/.test(value) ? Number(value) : value,
      ),
    /** Households without activity for this many months are erased (docs/decisions/007). */
    RETENTION_HOUSEHOLD_MONTHS: z.coerce.number().int().min(1).max(1200).default(24),
    /** Audit rows are kept this many years, then removed. */
    RETENTION_AUDIT_YEARS: z.coerce.number().int().min(1).max(100).default(5),
    /** Memory for the rendered-response cache of visitor pages, in MiB; 0 turns it off (decision 018). */
    PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
    /** Requests per minute one address may make to the open-data API before it gets 429. */
    API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
    /** Licence of the published directory data (SPDX id), shown on /open-data and in the API. */
    OPEN_DATA_LICENCE: z.enum(["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "ODbL-1.0", "PDDL-1.0"]).default("CC0-1.0"),
    /**
     * The municipality that runs this Wijkmarkt: in titles, the header, the footer, email, the
     * statements and the addresses of the open data. "Wijkmarkt" stays the product's name.
     */
    MUNICIPALITY: z.string().trim().min(2).max(100).default("Utrecht"),
    /** Its province, for addresses in the open data. */
    PROVINCE: z.string().trim().min(2).max(100).default("Utrecht"),
    /** Bevrijdingsdag (5 May) as a day off for working-day deadlines: every five years, every year, or never. */
    HOLIDAY_LIBERATION_DAY: z.enum(["lustrum", "always", "never"]).default("lustrum"),
    /** The house style: a JSON file of NL Design System tokens (see themes/README.md). */
    THEME_FILE: z.string().min(1).default("themes/neutral.json"),
    /**
     * Single sign-on for professionals (OpenID Connect); without issuer and client id the button
     * stays hidden. https only; plain http only for a provider on this machine (tests).
     */
    OIDC_ISSUER: z
      .string()
      .url()
      .refine((url) => url.startsWith("https://") || (url.startsWith("http://") && isLoopbackUrl(url)), "must start with https:// (http:// only for localhost)")
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Comma-separated email domains whose accounts must use single sign-on, e.g. "utrecht.nl,wijkteamutrecht.nl". */
    OIDC_SSO_ONLY_DOMAINS: z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((domain) => domain.trim().toLowerCase())
          .filter(Boolean),
      ),
    /**
     * Background tiles of the maps, an XYZ URL with {z}, {x} and {y}; empty means no tiles (the maps
     * show their markers on a blank background). The CSP allows exactly this URL's host for images.
     */
    MAP_TILE_URL: z
      .union([
        z.literal(""),
        z
          .string()
          .url()
          .refine(
            (value) => ["{z}", "{x}", "{y}"].every((part) => value.includes(part)) && /^https?:\/\/[^{}]+?\//.test(value),
            "must be an http(s) URL with {z}, {x} and {y} in its path and a fixed host",
          ),
      ])
      .default(PDOK_TILES),
    /** Shown on the map as the tiles' source, as their licence requires. */
    MAP_TILE_ATTRIBUTION: z.string().trim().min(1).max(300).default("Kaartgegevens © Kadaster (PDOK)"),
  })
  // Without a provider, people of an SSO-only domain could not log in at all.
  .refine((env) => env.OIDC_SSO_ONLY_DOMAINS.length === 0 || (env.OIDC_ISSUER && env.OIDC_CLIENT_ID), {
    path: ["OIDC_SSO_ONLY_DOMAINS"],
    message: "needs OIDC_ISSUER and OIDC_CLIENT_ID",
  });

/** localhost, 127.0.0.1 or [::1]: the only hosts single sign-on may reach over plain http. */
export function isLoopbackUrl(url: string) {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Reads and checks the environment once; a wrong value stops the start with a clear message. */
export function getEnv(): Env {
  if (cached) return cached;
  // An empty line in .env (`SMTP_URL=`) means "not set", not "set to nothing".
  const set = Object.fromEntries(Object.entries(process.env).filter(([name, value]) => value !== "" || EMPTY_MEANS_NONE.has(name)));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration (see .env.example):\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests and tools that change process.env after the first read. */
export function reloadEnv(): Env {
  cached = undefined;
  return getEnv();
}
