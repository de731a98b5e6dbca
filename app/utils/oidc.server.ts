/**
 * Single sign-on for professionals: OpenID Connect, authorization code flow with PKCE, through
 * openid-client (docs/decisions/012). This file talks to the identity provider and keeps the
 * flow's secrets in a short-lived signed cookie; who may log in is decided in
 * app/models/sso-login.server.ts.
 */
import { createCookie } from "@remix-run/node";
import * as client from "openid-client";
import { z } from "zod";
import { ownCookieHeader } from "./cookies.server";
import { getEnv, isLoopbackUrl } from "./env.server";
import { sessionSecret } from "./session-secret.server";

export const SSO_CALLBACK_PATH = "/inloggen/sso/terug";
const SCOPE = "openid email profile";
/** How long a started login may take at the provider. */
const FLOW_SECONDS = 10 * 60;
/** Metadata is fetched again after an hour; a provider that fails is not asked again for half a minute. */
const METADATA_FRESH_MS = 60 * 60 * 1000;
const RETRY_AFTER_FAILURE_MS = 30 * 1000;
const PROVIDER_TIMEOUT_SECONDS = 5;
/** Larger ID tokens are not kept for the provider's logout; the client id names us instead. */
const MAX_KEPT_ID_TOKEN = 3000;

export function ssoConfigured() {
  const env = getEnv();
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID);
}

function publicUrl(path: string) {
  return `${getEnv().PUBLIC_URL.replace(/\/$/, "")}${path}`;
}

/** The provider failed less than RETRY_AFTER_FAILURE_MS ago and was not asked again. */
export class ProviderRecentlyDown extends Error {
  constructor() {
    super("identity provider unreachable a moment ago");
  }
}

let metadata: { config: client.Configuration; fetchedAt: number } | undefined;
let failedAt = Number.NEGATIVE_INFINITY;
let pending: Promise<client.Configuration> | undefined;

/**
 * The provider's metadata, cached. Only the single sign-on routes ask for it, never another page;
 * a provider that is down costs at most one wait of PROVIDER_TIMEOUT_SECONDS per half minute, and
 * a provider that fails on refresh keeps being used with the metadata it last gave.
 */
export function providerConfig(now = Date.now()): Promise<client.Configuration> {
  if (metadata && now - metadata.fetchedAt < METADATA_FRESH_MS) return Promise.resolve(metadata.config);
  if (now - failedAt < RETRY_AFTER_FAILURE_MS) {
    return metadata ? Promise.resolve(metadata.config) : Promise.reject(new ProviderRecentlyDown());
  }
  pending ??= discover()
    .then(
      (config) => {
        metadata = { config, fetchedAt: Date.now() };
        return config;
      },
      (error: unknown) => {
        failedAt = Date.now();
        if (metadata) return metadata.config;
        throw error;
      },
    )
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/** For tests that start providers of their own. */
export function forgetProviderConfig() {
  metadata = undefined;
  failedAt = Number.NEGATIVE_INFINITY;
}

async function discover() {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID) throw new Error("single sign-on is not configured");
  const issuer = new URL(env.OIDC_ISSUER);
  const auth = env.OIDC_CLIENT_SECRET ? client.ClientSecretBasic(env.OIDC_CLIENT_SECRET) : client.None();
  return client.discovery(issuer, env.OIDC_CLIENT_ID, undefined, auth, {
    timeout: PROVIDER_TIMEOUT_SECONDS,
    execute: isLoopbackUrl(issuer.href) ? [client.allowInsecureRequests] : [],
  });
}

const flowSchema = z.object({
  state: z.string().min(20).max(200),
  nonce: z.string().min(20).max(200),
  verifier: z.string().min(43).max(128),
  redirectTo: z.string().max(2000),
  startedAt: z.number().int(),
});
type Flow = z.infer<typeof flowSchema>;

function secureCookies() {
  const env = getEnv();
  return env.NODE_ENV === "production" && env.PUBLIC_URL.startsWith("https");
}

/** A cookie signed with the session secret, HttpOnly, SameSite=Lax (the provider's redirect back is a top-level GET). */
function signedCookie(name: string, path: string, maxAge: number) {
  let cookie: ReturnType<typeof createCookie> | undefined;
  return () => (cookie ??= createCookie(name, { path, httpOnly: true, sameSite: "lax", secure: secureCookies(), maxAge, secrets: [sessionSecret()] }));
}

/** The flow's state, nonce and PKCE verifier, sent only to the callback. */
const flowCookie = signedCookie("wm_sso_flow", "/inloggen/sso", FLOW_SECONDS);
/** The ID token of a single sign-on session, kept only to offer the provider's logout. */
const idTokenCookie = signedCookie("wm_sso_id", "/", 30 * 24 * 60 * 60);

/** Where to send the browser to log in at the provider, and the cookie that remembers the flow. */
export async function startSsoFlow(redirectTo: string, now = Date.now()) {
  const config = await providerConfig(now);
  const flow: Flow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    redirectTo,
    startedAt: now,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: publicUrl(SSO_CALLBACK_PATH),
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url: url.href, setCookie: await flowCookie().serialize(flow) };
}

export function clearFlowCookie() {
  return flowCookie().serialize("", { maxAge: 0 });
}

/** `no_flow`: the browser brought no flow of ours (no cookie, or a forged one), so no login was under way. */
export type SsoFailure = "no_flow" | "expired" | "state_mismatch" | "nonce_mismatch" | "provider_refused" | "provider_error" | "unreachable";

/** What the provider says about the person: the claims the login decides on. */
export type SsoClaims = { issuer: string; subject: string; email: string | null; emailVerified: boolean; name: string | null; idToken: string | null };

export type SsoCallbackResult = ({ ok: true; claims: SsoClaims } | { ok: false; reason: SsoFailure }) & { redirectTo: string };

/**
 * Checks the provider's answer (state, then the code exchanged with the PKCE verifier, then the ID
 * token with its nonce: all through openid-client) and reads the person's claims, from the ID
 * token or else the userinfo endpoint.
 */
export async function finishSsoFlow(request: Request, now = Date.now()): Promise<SsoCallbackResult> {
  const parsed = flowSchema.safeParse(
    await flowCookie()
      .parse(ownCookieHeader(request))
      .catch(() => null),
  );
  if (!parsed.success) return { ok: false, reason: "no_flow", redirectTo: "/" };
  const flow = parsed.data;
  const fail = (reason: SsoFailure) => ({ ok: false, reason, redirectTo: flow.redirectTo }) as const;
  if (now - flow.startedAt > FLOW_SECONDS * 1000 || now < flow.startedAt) return fail("expired");
  let config: client.Configuration;
  try {
    config = await providerConfig(now);
  } catch {
    return fail("unreachable");
  }
  const answer = new URL(publicUrl(SSO_CALLBACK_PATH));
  answer.search = new URL(request.url).search;
  try {
    const tokens = await client.authorizationCodeGrant(config, answer, {
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      pkceCodeVerifier: flow.verifier,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const claims = typeof idClaims.email === "string" ? idClaims : await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    const name = [claims.name, [claims.given_name, claims.family_name].filter(Boolean).join(" ")].find(
      (value) => typeof value === "string" && value.trim() !== "",
    );
    return {
      ok: true,
      redirectTo: flow.redirectTo,
      claims: {
        issuer: idClaims.iss,
        subject: idClaims.sub,
        email: typeof claims.email === "string" ? claims.email : null,
        emailVerified: claims.email_verified === true,
        name: typeof name === "string" ? name.trim() : null,
        idToken: tokens.id_token ?? null,
      },
    };
  } catch (error) {
    return fail(classify(error));
  }
}

/** Turns what openid-client throws into the reason the person is told. */
export function classify(error: unknown): SsoFailure {
  if (error instanceof client.AuthorizationResponseError) return "provider_refused";
  if (error instanceof client.ResponseBodyError) return "provider_error";
  if (error instanceof client.ClientError) {
    const cause = error.cause as { message?: unknown; cause?: { claim?: unknown } } | undefined;
    if (error.code === "OAUTH_INVALID_RESPONSE" && String(cause?.message ?? "").includes('"state"')) return "state_mismatch";
    if (error.code === "OAUTH_JWT_CLAIM_COMPARISON_FAILED" && cause?.cause?.claim === "nonce") return "nonce_mismatch";
    return "provider_error";
  }
  // fetch failing (refused, timed out, no route) is a TypeError or an abort.
  if (error instanceof TypeError || (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))) return "unreachable";
  return "provider_error";
}

/** Remembers the ID token of this session for the provider's logout; nothing when it is too big for a cookie. */
export function keepIdTokenCookie(idToken: string | null) {
  return idTokenCookie().serialize(idToken && idToken.length <= MAX_KEPT_ID_TOKEN ? idToken : "");
}

export function clearIdTokenCookie() {
  return idTokenCookie().serialize("", { maxAge: 0 });
}

/** Did this browser's session start with single sign-on? (The cookie is there, maybe empty.) */
export async function startedWithSso(request: Request) {
  return (
    (await idTokenCookie()
      .parse(ownCookieHeader(request))
      .catch(() => null)) !== null
  );
}

/**
 * The provider's logout address for the single sign-on session that just ended, or null when the
 * provider has none or cannot be reached. Asked for after Wijkmarkt's own logout, which never waits on it.
 */
export async function providerLogoutUrl(request: Request): Promise<string | null> {
  const config = await providerConfig().catch(() => undefined);
  if (!config?.serverMetadata().end_session_endpoint) return null;
  const idToken: unknown = await idTokenCookie()
    .parse(ownCookieHeader(request))
    .catch(() => null);
  const parameters: Record<string, string> = { client_id: config.clientMetadata().client_id, post_logout_redirect_uri: publicUrl("/") };
  if (typeof idToken === "string" && idToken !== "") parameters.id_token_hint = idToken;
  return client.buildEndSessionUrl(config, parameters).href;
}
