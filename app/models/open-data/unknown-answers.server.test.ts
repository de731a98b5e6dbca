import { describe, expect, it } from "vitest";
import { loader as csvLoader } from "~/routes/open-data.aanbod[.]csv";
import { createInitiative, createOrganisation } from "#tests/factories/core";
import { getService, listServices } from "./api.server";

const organisation = createOrganisation({ name: "Buurthuis De Linde" });
createInitiative(organisation.id, { title: "Weet niemand", isFree: null, wheelchair: null, slots: [[2, "10:00", "12:00"]] });
createInitiative(organisation.id, { title: "Betaald, geen drempel", isFree: false, wheelchair: false });

async function csvRows() {
  const text = (await csvLoader().text()).replace(/^\uFEFF/, "");
  const [header, ...rows] = text
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(";"));
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]])));
}

describe("open data about costs and wheelchair access nobody stated", () => {
  it("leaves the CSV cells empty for not known, and says 'nee' only for a known no", async () => {
    const rows = await csvRows();
    expect(rows.find((row) => row.naam === "Weet niemand")).toMatchObject({ gratis: "", rolstoeltoegankelijk: "" });
    expect(rows.find((row) => row.naam === "Betaald, geen drempel")).toMatchObject({ gratis: "nee", rolstoeltoegankelijk: "nee" });
  });

  it("claims no fee, no free cost option and no wheelchair access in HSDS", () => {
    const list = listServices(new URLSearchParams());
    if (list.kind !== "json") throw new Error(list.kind);
    const unknown = (list.body as { contents: { id: string; name: string }[] }).contents.find((service) => service.name === "Weet niemand")!;
    const full = getService(unknown.id);
    if (full.kind !== "json") throw new Error(full.kind);
    const service = full.body as { fees_description?: string; cost_options: unknown[]; service_at_locations: { location?: { accessibility?: unknown[] } }[] };
    expect(service.fees_description).toBeUndefined();
    expect(service.cost_options).toEqual([]);
    expect(JSON.stringify(service)).not.toContain("Rolstoeltoegankelijk");
  });
});
