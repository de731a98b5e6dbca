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
