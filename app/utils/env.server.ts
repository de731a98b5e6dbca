import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default("data/wijkmarkt.db"),
  /** Where the site is reached; used for links in email. */
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  /** smtp://user:pass@host:port — without it email stays in the outbox. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Wijkmarkt <noreply@wijkmarkt.local>"),
  /** "false" starts on an empty database without demo data. */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  /** Relax rate limits for automated tests. */
  RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  /** Bevrijdingsdag (5 May) as a day off for working-day deadlines: every five years, every year, or never. */
  HOLIDAY_LIBERATION_DAY: z.enum(["lustrum", "always", "never"]).default("lustrum"),
  /** Shown in titles, emails, the footer and the statements; "Wijkmarkt" stays the product's name. */
  MUNICIPALITY_NAME: z.string().trim().min(2).max(100).default("Voorbeeldgemeente"),
  /** The house style: a JSON file of NL Design System tokens (see themes/README.md). */
  THEME_FILE: z.string().min(1).default("themes/neutral.json"),
  /** How long household data and audit rows are kept; the privacy statement shows these. */
  RETENTION_HOUSEHOLD_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  RETENTION_AUDIT_YEARS: z.coerce.number().int().min(1).max(30).default(5),
  /** Single sign-on for professionals (OpenID Connect); without issuer and client id the button stays hidden. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Comma-separated email domains whose accounts must use single sign-on, e.g. "utrecht.nl,wijkteamutrecht.nl". */
  OIDC_SSO_ONLY_DOMAINS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((domain) => domain.trim().toLowerCase()).filter(Boolean)),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Reads and checks the environment once; a wrong value stops the start with a clear message. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration (see .env.example):\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
