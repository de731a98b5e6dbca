/**
 * The provider side of single sign-on against a real provider in this process (the tests' own
 * oidc-provider), and against one that is not there. The whole flow in a browser is in
 * tests/e2e/sso.test.ts.
 */
import type { Server } from "node:http";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../bench/setup";
import { startTestProvider } from "#tests/support/oidc-provider";
import { TEST_CLIENT } from "#tests/support/sso";
import { reloadEnv } from "./env.server";
import { classify, finishSsoFlow, forgetProviderConfig, ProviderRecentlyDown, providerConfig, SSO_CALLBACK_PATH, startSsoFlow } from "./oidc.server";

const APP = "http://localhost:3999";
let provider: Server;
let issuer: string;

function useIssuer(url: string) {
  Object.assign(process.env, { OIDC_ISSUER: url, OIDC_CLIENT_ID: TEST_CLIENT.id, OIDC_CLIENT_SECRET: TEST_CLIENT.secret, PUBLIC_URL: APP });
  reloadEnv();
  forgetProviderConfig();
}

/** The callback request as the browser would send it, with the flow cookie the start set. */
function callback(setCookie: string, search: string) {
  return new Request(`${APP}${SSO_CALLBACK_PATH}${search}`, { headers: { Cookie: `other=50%; ${setCookie.split(";")[0]}` } });
}

beforeAll(async () => {
  const started = await startTestProvider({ port: await freePort(), appUrl: APP });
  provider = started.server;
  issuer = started.issuer;
});
afterAll(() => new Promise<void>((resolve) => provider.close(() => resolve())));

describe("starting single sign-on", () => {
  it("sends the browser to the provider with state, nonce and an S256 PKCE challenge, remembered in a signed, HttpOnly, SameSite=Lax cookie for the callback only", async () => {
    useIssuer(issuer);
    const { url, setCookie } = await startSsoFlow("/werkplek");
    const authorize = new URL(url);
    expect(authorize.origin + authorize.pathname).toBe(`${issuer}/auth`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: TEST_CLIENT.id,
      response_type: "code",
      redirect_uri: `${APP}/inloggen/sso/terug`,
      scope: "openid email profile",
      code_challenge_method: "S256",
    });
    for (const name of ["state", "nonce", "code_challenge"]) expect(authorize.searchParams.get(name)!.length).toBeGreaterThanOrEqual(22);
    expect(setCookie).toMatch(/^wm_sso_flow=[^;]+; Max-Age=600; Path=\/inloggen\/sso; HttpOnly; SameSite=Lax$/);
    // The verifier itself never leaves the server except inside the signed cookie.
    expect(url).not.toContain(decodeURIComponent(setCookie.split(";")[0]!.split("=")[1]!));
  });
});

describe("the provider's answer", () => {
  it("is refused with the reason: no flow, a forged or stale flow, a state that is not ours", async () => {
    useIssuer(issuer);
    const { url, setCookie } = await startSsoFlow("/");
    const state = new URL(url).searchParams.get("state")!;
    expect(await finishSsoFlow(new Request(`${APP}${SSO_CALLBACK_PATH}?code=x&state=${state}`))).toMatchObject({ ok: false, reason: "no_flow" });
    const forged = setCookie.replace(/^wm_sso_flow=([^.;]+)/, "wm_sso_flow=eyJzdGF0ZSI6ImFiYyJ9");
    expect(await finishSsoFlow(callback(forged, `?code=x&state=${state}`))).toMatchObject({ ok: false, reason: "no_flow" });
    expect(await finishSsoFlow(callback(setCookie, `?code=x&state=${state}`), Date.now() + 11 * 60 * 1000)).toMatchObject({ ok: false, reason: "expired" });
    const iss = `iss=${encodeURIComponent(issuer)}`;
    expect(await finishSsoFlow(callback(setCookie, `?code=x&state=${state}x&${iss}`))).toEqual({ ok: false, reason: "state_mismatch", redirectTo: "/" });
    expect(await finishSsoFlow(callback(setCookie, `?code=x&${iss}`))).toMatchObject({ ok: false, reason: "state_mismatch" });
    expect(await finishSsoFlow(callback(setCookie, `?error=access_denied&state=${state}&${iss}`))).toMatchObject({ ok: false, reason: "provider_refused" });
    // A code the provider never issued: it refuses the exchange.
    expect(await finishSsoFlow(callback(setCookie, `?code=verzonnen&state=${state}&${iss}`))).toMatchObject({ ok: false, reason: "provider_error" });
  });

  it("turns whatever the library throws into a reason, garbage included", () => {
    for (const garbage of [null, undefined, "boom", 42, {}, new Error("x"), Object.create(null)]) expect(classify(garbage)).toBe("provider_error");
    expect(classify(new TypeError("fetch failed"))).toBe("unreachable");
    expect(classify(new DOMException("timed out", "TimeoutError"))).toBe("unreachable");
    const nonce = Object.assign(new client.ClientError("unexpected JWT claim value encountered"), {
      code: "OAUTH_JWT_CLAIM_COMPARISON_FAILED",
      cause: { cause: { claim: "nonce" } },
    });
    expect(classify(nonce)).toBe("nonce_mismatch");
    const audience = Object.assign(new client.ClientError("unexpected JWT claim value encountered"), {
      code: "OAUTH_JWT_CLAIM_COMPARISON_FAILED",
      cause: { cause: { claim: "aud" } },
    });
    expect(classify(audience)).toBe("provider_error");
  });
});

describe("a provider that is down", () => {
  it("is asked once, then not again for a while: no page waits on it", async () => {
    useIssuer(`http://127.0.0.1:${await freePort()}`);
    await expect(providerConfig()).rejects.toThrow();
    // The back-off answers without a connection attempt: the error says so (speed is not timed here).
    await expect(providerConfig()).rejects.toBeInstanceOf(ProviderRecentlyDown);
    await expect(startSsoFlow("/")).rejects.toBeInstanceOf(ProviderRecentlyDown);
  });

  it("keeps serving the metadata it last had when a refresh fails", async () => {
    useIssuer(issuer);
    const config = await providerConfig();
    const inTwoHours = Date.now() + 2 * 60 * 60 * 1000;
    provider.closeAllConnections();
    await new Promise<void>((resolve) => provider.close(() => resolve()));
    expect(await providerConfig(inTwoHours)).toBe(config);
    provider = (await startTestProvider({ port: Number(new URL(issuer).port), appUrl: APP })).server;
  });
});
