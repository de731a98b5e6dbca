import { describe, expect, it } from "vitest";
import { homePathFor, navigationFor } from "./navigation";

const paths = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((item) => item.to);

describe("navigation per role", () => {
  it("visitors see the public directory and needs only", () => {
    expect(paths(["visitor"])).toEqual(["/initiatieven", "/wijken", "/vragen"]);
  });
  it("residents also see their own page", () => {
    expect(paths(["resident"])).toContain("/mijn");
    expect(paths(["resident"])).not.toContain("/werkplek");
  });
  it("a resident without an organisation finds the way to register one; organisers and staff do not need it", () => {
    expect(paths(["resident"])).toContain("/mijn-organisatie/nieuw");
    expect(paths(["resident", "organiser"])).not.toContain("/mijn-organisatie/nieuw");
    expect(paths(["resident", "consultant"])).not.toContain("/mijn-organisatie/nieuw");
  });
  it("organisers see their organisation and referral inbox", () => {
    expect(paths(["resident", "organiser"])).toEqual(expect.arrayContaining(["/mijn-organisatie", "/mijn-organisatie/verwijzingen"]));
  });
  it("consultants and coordinators see the workspace and signals; admins see review", () => {
    expect(paths(["resident", "consultant"])).toEqual(expect.arrayContaining(["/werkplek", "/werkplek/signalen"]));
    expect(paths(["resident", "consultant", "coordinator"])).toContain("/werkplek");
    expect(paths(["resident", "consultant", "coordinator"])).toContain("/werkplek/team");
    expect(paths(["resident", "consultant"])).not.toContain("/werkplek/team");
    expect(paths(["resident", "admin"])).toEqual(expect.arrayContaining(["/beheer/controle", "/beheer"]));
    expect(paths(["resident", "admin"])).not.toContain("/werkplek");
  });
  it("team members see their team's insights; policy advisors and admins the municipality's", () => {
    expect(paths(["resident", "consultant"])).toContain("/werkplek/inzichten");
    expect(paths(["resident", "policy_advisor"])).toEqual(["/initiatieven", "/wijken", "/vragen", "/mijn", "/inzichten"]);
    expect(paths(["resident", "admin"])).toContain("/inzichten");
    expect(paths(["resident", "organiser"])).not.toContain("/werkplek/inzichten");
  });
});

describe("where a login lands without a page to return to", () => {
  it("sends each role to its own work", () => {
    expect(homePathFor(["resident"])).toBe("/");
    expect(homePathFor(["resident", "consultant"])).toBe("/werkplek");
    expect(homePathFor(["resident", "consultant", "coordinator"])).toBe("/werkplek");
    expect(homePathFor(["resident", "organiser"], [7])).toBe("/mijn-organisatie/7");
    expect(homePathFor(["resident", "organiser"], [7, 9])).toBe("/mijn-organisatie");
    expect(homePathFor(["resident", "policy_advisor"])).toBe("/inzichten");
    expect(homePathFor(["resident", "admin"])).toBe("/beheer");
  });
});
