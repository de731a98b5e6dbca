import { afterEach, describe, expect, it } from "vitest";
import { mappingContext } from "~/models/open-data/api.server";
import { getEnv, reloadEnv } from "./env.server";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  reloadEnv();
});

describe("the municipality is one setting", () => {
  it("names the site and fills the open data's addresses alike", () => {
    process.env.MUNICIPALITY = "  Zeist ";
    process.env.PROVINCE = "Utrecht";
    reloadEnv();
    expect(getEnv().MUNICIPALITY).toBe("Zeist");
    expect(mappingContext()).toMatchObject({ municipality: "Zeist", province: "Utrecht" });
    expect(Object.keys(getEnv())).not.toContain("MUNICIPALITY_NAME");
  });

  it("defaults to the demo municipality and refuses a name of one letter, naming the variable", () => {
    delete process.env.MUNICIPALITY;
    expect(reloadEnv().MUNICIPALITY).toBe("Utrecht");
    process.env.MUNICIPALITY = "X";
    expect(() => reloadEnv()).toThrow(/MUNICIPALITY:/);
  });
});

describe("single sign-on settings", () => {
  it("take an https issuer, plain http only on this machine", () => {
    Object.assign(process.env, { OIDC_ISSUER: "https://login.gemeente.example/realms/medewerkers", OIDC_CLIENT_ID: "wijkmarkt" });
    expect(reloadEnv().OIDC_ISSUER).toBe("https://login.gemeente.example/realms/medewerkers");
    process.env.OIDC_ISSUER = "http://127.0.0.1:4000";
    expect(reloadEnv().OIDC_ISSUER).toBe("http://127.0.0.1:4000");
    for (const bad of ["http://login.gemeente.example", "ftp://login.gemeente.example", "login.gemeente.example", "http://localhost.evil.example"]) {
      process.env.OIDC_ISSUER = bad;
      expect(() => reloadEnv(), bad).toThrow(/OIDC_ISSUER:/);
    }
  });

  it("refuse SSO-only domains without a provider, which would lock those people out", () => {
    delete process.env.OIDC_ISSUER;
    process.env.OIDC_SSO_ONLY_DOMAINS = "gemeente.example";
    expect(() => reloadEnv()).toThrow(/OIDC_SSO_ONLY_DOMAINS: needs OIDC_ISSUER and OIDC_CLIENT_ID/);
    Object.assign(process.env, {
      OIDC_ISSUER: "https://login.gemeente.example",
      OIDC_CLIENT_ID: "wijkmarkt",
      OIDC_SSO_ONLY_DOMAINS: " Gemeente.example, ,wijkteam.example ",
    });
    expect(reloadEnv().OIDC_SSO_ONLY_DOMAINS).toEqual(["gemeente.example", "wijkteam.example"]);
  });
});
