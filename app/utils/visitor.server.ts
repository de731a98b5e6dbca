import { randomUUID } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { ownCookieHeader } from "./cookies.server";
import { getEnv } from "./env.server";
import { sessionSecret } from "./session-secret.server";

/**
 * An anonymous id for one browser session (no expiry, so it goes when the browser closes), signed
 * so nobody can make up fresh ones. It only lets a repeated search count once as a gap signal.
 */
const env = getEnv();
export const VISITOR_COOKIE = "wm_visit";
const visitorCookie = createCookie(VISITOR_COOKIE, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secrets: [sessionSecret(env)],
  secure: env.NODE_ENV === "production" && env.PUBLIC_URL.startsWith("https"),
});

/** The visitor's id, or null with a cookie to set when this browser has none yet. */
export async function readVisitor(request: Request): Promise<{ visitor: string | null; setCookie: string | null }> {
  const value: unknown = await visitorCookie.parse(ownCookieHeader(request));
  if (typeof value === "string" && /^[0-9a-f-]{36}$/.test(value)) return { visitor: value, setCookie: null };
  return { visitor: null, setCookie: await newVisitorCookie() };
}

/** A Set-Cookie value with a fresh visitor id. */
export function newVisitorCookie(): Promise<string> {
  return visitorCookie.serialize(randomUUID());
}
