import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed/data/accounts";
import { DEMO_ORGANISATION_SLUG } from "../../db/seed/data/organisations";

/** WCAG 2.2 AA, as DESIGN.md asks: no violations on any page a journey visits. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

type Cookie = Awaited<ReturnType<BrowserContext["cookies"]>>[number];
/** Only the session cookie travels: a toast or form cookie of the earlier journey must not. */
const SESSION_COOKIE = "wm_session";
type StoredSession = { cookies: Cookie[]; landing: string };
/** Demo sessions of this worker, reused by the next journey that logs in as the same person. */
const storedSessions = new Map<string, StoredSession>();

/**
 * Signs in and lands where the person lands after the login form. A demo user's session is stored
 * and reused by later journeys (one page load instead of the form); a session that was logged out,
 * blocked or expired meanwhile is noticed and replaced through the form.
 */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const reusable = password === DEMO_PASSWORD;
  const stored = reusable ? storedSessions.get(email) : undefined;
  if (stored) {
    await page.context().addCookies(stored.cookies);
    await page.goto(stored.landing);
    if (await page.getByRole("button", { name: "Uitloggen" }).isVisible()) return;
    storedSessions.delete(email);
    await page.context().clearCookies();
  }
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  if (reusable)
    storedSessions.set(email, { cookies: (await page.context().cookies()).filter((c) => c.name === SESSION_COOKIE), landing: new URL(page.url()).pathname });
}

/**
 * Registers a new account. Registration answers the same for new and known addresses and logs
 * nobody in, so the new user then logs in with the chosen password.
 */
export async function registerAndLogIn(page: Page, name: string, email: string, password: string) {
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByText(`We hebben een e-mail gestuurd naar ${email}.`, { exact: false })).toBeVisible();
  await logIn(page, email, password);
}

/** Logs out and waits until the site says so, so the next step starts signed out. */
export async function logOut(page: Page) {
  const cookies = await page.context().cookies();
  const ended = (session: StoredSession) => session.cookies.some((c) => cookies.some((o) => o.name === c.name && o.value === c.value));
  for (const [email, session] of storedSessions) if (ended(session)) storedSessions.delete(email);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();
}

export const DEMO = {
  resident: "bewoner@wijkmarkt.demo",
  organiser: "organisator@wijkmarkt.demo",
  consultant: "consulent@wijkmarkt.demo",
  coordinator: "coordinator@wijkmarkt.demo",
  admin: "beheerder@wijkmarkt.demo",
  policyAdvisor: "gemeente@wijkmarkt.demo",
} as const;

/** Reads the e2e server's database (read-only), to find demo rows a journey needs. */
export function readE2eDatabase<T>(read: (sqlite: Database.Database) => T): T {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set");
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

/** A page in its own browser context (its own cookies), signed in as this demo user, in Dutch. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "nl-NL" })).newPage();
  await logIn(page, email);
  return page;
}

/** Adds a household of one adult in the demo consultant's team and returns its page's path. */
export async function addHousehold(page: Page, reference: string): Promise<string> {
  await page.goto("/werkplek/huishoudens/nieuw");
  await page.getByLabel("Referentie").fill(reference);
  await page.getByLabel("Postcode (4 cijfers)").fill("3562");
  await page.getByLabel("Aantal volwassenen").fill("1");
  await page.getByRole("button", { name: "Huishouden toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Huishouden ${reference}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

type ListingColumns = Record<string, string | number | null>;

/**
 * A listing of the demo organisation made for one journey alone, written straight into the e2e
 * server's database (title, slug and `last_confirmed_at` filled in; `columns` add the rest), so no
 * journey depends on or disturbs the demo's own listings. Returns its id and slug.
 */
export function insertDemoListing(title: string, columns: ListingColumns, slots: { weekday: number; start: string; end: string }[] = []) {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set");
  const sqlite = new Database(file);
  try {
    const organisation = sqlite.prepare("select id from organisations where slug = ?").get(DEMO_ORGANISATION_SLUG) as { id: number };
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    const row: ListingColumns = { slug, organisation_id: organisation.id, title, last_confirmed_at: Date.now(), ...columns };
    const names = Object.keys(row);
    const { lastInsertRowid } = sqlite
      .prepare(`insert into initiatives (${names.join(", ")}) values (${names.map(() => "?").join(", ")})`)
      .run(...Object.values(row));
    const id = Number(lastInsertRowid);
    for (const slot of slots) {
      sqlite
        .prepare("insert into schedule_slots (initiative_id, weekday, start_time, end_time) values (?, ?, ?, ?)")
        .run(id, slot.weekday, slot.start, slot.end);
    }
    return { id, slug, organisationId: organisation.id };
  } finally {
    sqlite.close();
  }
}
