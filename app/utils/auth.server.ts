/**
 * Sessions and passwords. Lucia 3 is no longer developed; it stays behind this file so that
 * replacing it touches nothing else.
 */
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { hash, verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { Lucia } from "lucia";
import { organisationMembers, organisations, sessions, teamMembers, users } from "~db/schema";
import { readCookie } from "./cookies.server";
import { db } from "./db.server";
import { getEnv } from "./env.server";
import { homePathFor } from "./navigation";
import { rolesOf, type Actor } from "./permissions";

// Lazy: the database path comes from the environment, which tests set before first use.
let instance: ReturnType<typeof createLucia> | undefined;
function createLucia() {
  return new Lucia(new DrizzleSQLiteAdapter(db, sessions, users), {
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
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || user.blockedAt) return null;
  const orgs = db
    .select({ id: organisationMembers.organisationId, role: organisationMembers.role, verifiedAt: organisations.verifiedAt })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .all();
  const teamRows = db.select({ id: teamMembers.teamId, role: teamMembers.role }).from(teamMembers).where(eq(teamMembers.userId, userId)).all();
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    isAdmin: user.isAdmin,
    isPolicyAdvisor: user.isPolicyAdvisor,
    organisations: orgs.map((o) => ({ id: o.id, role: o.role, verified: o.verifiedAt !== null })),
    teams: teamRows,
  };
}
