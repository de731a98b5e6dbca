/**
 * Sessions and passwords. Lucia 3 is no longer developed; it stays behind this file so that
 * replacing it touches nothing else.
 */
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { hash, verify } from "@node-rs/argon2";
import { Lucia, type DatabaseSession, type DatabaseUser } from "lucia";
import { sessions, users } from "~db/schema";
import { readCookie } from "./cookies.server";
import { db } from "./db.server";
import { getEnv } from "./env.server";
import { homePathFor } from "./navigation";
import { rolesOf, type Actor } from "./permissions";

/**
 * Lucia's drizzle adapter, with the lookup every signed-in request makes done by one prepared
 * statement instead of two queries built anew (decision 025). Neither Lucia's session nor its
 * user attributes are used here: the actor is loaded by `loadActor`.
 */
class SessionAdapter extends DrizzleSQLiteAdapter {
  override async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = db.$client
      .prepare("SELECT s.id, s.user_id AS userId, s.expires_at AS expiresAt FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?")
      .get(sessionId) as { id: string; userId: string; expiresAt: number } | undefined;
    if (!row) return [null, null];
    return [
      { id: row.id, userId: row.userId, expiresAt: new Date(row.expiresAt * 1000), attributes: {} },
      { id: row.userId, attributes: {} },
    ];
  }
}

// Lazy: the database path comes from the environment, which tests set before first use.
let instance: ReturnType<typeof createLucia> | undefined;
function createLucia() {
  return new Lucia(new SessionAdapter(db, sessions, users), {
    sessionCookie: {
      name: "wm_session",
      attributes: { secure: getEnv().NODE_ENV === "production" && getEnv().PUBLIC_URL.startsWith("https"), sameSite: "lax" },
    },
  });
}
function lucia() {
  instance ??= createLucia();
  return instance;
}

/** argon2id with the OWASP-recommended minimum cost. */
export function hashPassword(password: string) {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export async function createSessionCookie(userId: string) {
  const session = await lucia().createSession(userId, {});
  return lucia().createSessionCookie(session.id).serialize();
}

export function blankSessionCookie() {
  return lucia().createBlankSessionCookie().serialize();
}

/** Our cookie only, read without trusting the rest of the header (lucia's parser throws on `a=50%`). */
function sessionIdOf(request: Request) {
  return readCookie(request.headers.get("Cookie"), lucia().sessionCookieName);
}

export async function invalidateSession(request: Request) {
  const sessionId = sessionIdOf(request);
  if (sessionId) await lucia().invalidateSession(sessionId);
}

export async function invalidateOtherSessions(userId: string) {
  await lucia().invalidateUserSessions(userId);
  return createSessionCookie(userId);
}

export type SessionState = { actor: Actor | null; setCookie: string | null };

/**
 * The session of a page request, read once: the root loader and the page's own loaders all ask
 * for it (two or three session and membership lookups per page otherwise). Only for GET and HEAD:
 * an action may change the session or the user before the loaders of the same request run.
 */
const sessionOfPageRequest = new WeakMap<Request, Promise<SessionState>>();

/** Reads the session cookie; returns the actor and a cookie to set when the session was extended or is gone. */
export function readSession(request: Request): Promise<SessionState> {
  if (request.method !== "GET" && request.method !== "HEAD") return readSessionNow(request);
  let state = sessionOfPageRequest.get(request);
  if (!state) {
    state = readSessionNow(request);
    sessionOfPageRequest.set(request, state);
  }
  return state;
}

async function readSessionNow(request: Request): Promise<SessionState> {
  const sessionId = sessionIdOf(request);
  if (!sessionId) return { actor: null, setCookie: null };
  const { session, user } = await lucia().validateSession(sessionId);
  if (!session || !user) return { actor: null, setCookie: blankSessionCookie() };
  const setCookie = session.fresh ? lucia().createSessionCookie(session.id).serialize() : null;
  return { actor: loadActor(user.id), setCookie };
}

/** Where someone lands after logging in: where they were going, else their own work. */
export function landingPath(userId: string, requested: string) {
  if (requested !== "/") return requested;
  const actor = loadActor(userId);
  return homePathFor(
    rolesOf(actor),
    actor?.organisations.map((o) => o.id),
  );
}

/** The user with the memberships that decide their roles; nobody when the account is blocked. */
export function loadActor(userId: string): Actor | null {
  // Prepared statements: this runs on every signed-in request.
  const user = db.$client
    .prepare("SELECT id, name, email, locale, is_admin AS isAdmin, is_policy_advisor AS isPolicyAdvisor, blocked_at AS blockedAt FROM users WHERE id = ?")
    .get(userId) as
    | { id: string; name: string; email: string; locale: Actor["locale"]; isAdmin: number; isPolicyAdvisor: number; blockedAt: number | null }
    | undefined;
  if (!user || user.blockedAt !== null) return null;
  const organisationRows = db.$client
    .prepare(
      `SELECT m.organisation_id AS id, m.role, o.verified_at AS verifiedAt FROM organisation_members m
       JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = ?`,
    )
    .all(userId) as { id: number; role: Actor["organisations"][number]["role"]; verifiedAt: number | null }[];
  const teams = db.$client.prepare("SELECT team_id AS id, role FROM team_members WHERE user_id = ?").all(userId) as Actor["teams"];
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    isAdmin: user.isAdmin === 1,
    isPolicyAdvisor: user.isPolicyAdvisor === 1,
    organisations: organisationRows.map((o) => ({ id: o.id, role: o.role, verified: o.verifiedAt !== null })),
    teams,
  };
}
