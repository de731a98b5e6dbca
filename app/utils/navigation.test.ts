import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const paths = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((item) => item.to);

describe("navigation per role", () => {
  it("visitors see the public directory and needs only", () => {
    expect(paths(["visitor"])).toEqual(["/initiatieven", "/wijken", "/vragen"]);
  });
  it("residents also see their own page", () => {
    expect(paths(["resident"])).toContain("/mijn");
    expect(paths(["resident"])).not.toContain("/werkplek");
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
