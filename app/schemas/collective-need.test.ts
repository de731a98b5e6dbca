import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { draftSchema } from "./collective-need";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries({
    intent: "save",
    title: "Samen koken",
    description: "Buren willen samen koken en eten.",
    domain: "social_network",
    targetGroup: "everyone",
    neighbourhoodId: "1",
    ...entries,
  }))
    data.append(key, value);
  return parseWithZod(data, { schema: draftSchema });
}

describe("draft form", () => {
  it("skips empty checklist rows and keeps the filled ones", () => {
    const result = form({ "checklist[0].kind": "", "checklist[1].kind": "volunteers", "checklist[1].quantity": "4", "checklist[2].kind": "" });
    expect(result.status).toBe("success");
    if (result.status === "success") expect(result.value.checklist).toEqual([{ kind: "volunteers", quantity: 4, description: "" }]);
  });

  it("puts a missing quantity next to its own row, and asks for at least one row", () => {
    const partly = form({ "checklist[2].kind": "venue" });
    if (partly.status === "success") throw new Error("a row without quantity must not pass");
    expect(partly.error?.["checklist[2].quantity"]).toEqual(["form.required"]);
    const none = form({});
    if (none.status === "success") throw new Error("a draft without checklist must not pass");
    expect(none.error?.checklist).toEqual(["collective.form.checklistRequired"]);
  });
});
