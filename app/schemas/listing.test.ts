import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { listingSchema, publicListingSchema } from "./listing";
import { organisationSchema } from "./organisation";

function form(entries: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

const validListing = {
  title: "Taalcafé",
  summary: "Samen Nederlands oefenen met koffie.",
  kind: "activity",
  domains: ["social_network"],
  targetGroups: ["newcomers"],
  address: "Zamenhofdreef 1",
  postcode: "3562 ab",
  isFree: "yes",
  wheelchairAccessible: "unknown",
  "slots[0].weekday": "2",
  "slots[0].startTime": "10:00",
  "slots[0].endTime": "12:00",
  "slots[1].weekday": "",
  "slots[1].startTime": "",
  "slots[1].endTime": "",
  "slots[2].weekday": "4",
  "slots[2].startTime": "19:00",
  "slots[2].endTime": "21:00",
};

const errorsOf = (entries: Record<string, string | string[]>, schema = listingSchema) => {
  const submission = parseWithZod(form(entries), { schema });
  return submission.status === "success" ? {} : (submission.reply().error ?? {});
};

describe("the listing form", () => {
  it("accepts a complete form, ignores blank schedule rows and normalises the postcode", () => {
    const submission = parseWithZod(form(validListing), { schema: listingSchema });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value.slots).toEqual([
      { weekday: 2, startTime: "10:00", endTime: "12:00" },
      { weekday: 4, startTime: "19:00", endTime: "21:00" },
    ]);
    expect(submission.value.postcode).toBe("3562AB");
    expect(submission.value.capacity).toBeUndefined();
    expect(submission.value.isOnline).toBe(false);
  });

  it("wants an end time after the start time, on the row's own field", () => {
    expect(errorsOf({ ...validListing, "slots[2].endTime": "18:30" })).toMatchObject({ "slots[2].endTime": ["organiser.form.endBeforeStart"] });
    expect(errorsOf({ ...validListing, "slots[1].startTime": "09:00" })).toMatchObject({
      "slots[1].weekday": ["form.required"],
      "slots[1].endTime": ["form.required"],
    });
  });

  it("refuses a minimum age above the maximum age", () => {
    expect(errorsOf({ ...validListing, minAge: "65", maxAge: "18" })).toMatchObject({ maxAge: ["organiser.form.maxAgeBelowMin"] });
    expect(errorsOf({ ...validListing, minAge: "12", maxAge: "12" })).toEqual({});
  });

  it("needs at least one life domain and target group, a place or online, and a cost or free", () => {
    const { domains: _d, targetGroups: _g, address: _a, postcode: _p, isFree: _f, ...rest } = validListing;
    expect(errorsOf({ ...rest, isFree: "no" })).toMatchObject({
      domains: ["organiser.form.pickAtLeastOne"],
      targetGroups: ["organiser.form.pickAtLeastOne"],
      address: ["organiser.form.addressOrOnline"],
      postcode: ["organiser.form.addressOrOnline"],
      costNote: ["organiser.form.costOrFree"],
    });
    expect(errorsOf({ ...validListing, address: "", postcode: "", isOnline: "on" })).toEqual({});
  });

  it("asks free and wheelchair as yes, no or not known, and needs no cost note when the cost is not known", () => {
    const answers = (isFree: string, wheelchairAccessible: string) => {
      const submission = parseWithZod(form({ ...validListing, isFree, wheelchairAccessible }), { schema: listingSchema });
      return submission.status === "success" ? [submission.value.isFree, submission.value.wheelchairAccessible] : submission.reply().error;
    };
    expect(answers("unknown", "unknown")).toEqual(["unknown", "unknown"]);
    expect(answers("no", "no")).toMatchObject({ costNote: ["organiser.form.costOrFree"] });
    expect(errorsOf({ ...validListing, isFree: "no", costNote: "€ 2 per keer", wheelchairAccessible: "yes" })).toEqual({});
    // Nothing chosen, the old checkbox's "on", or two answers at once are not an answer.
    const { isFree: _f, ...noAnswer } = validListing;
    expect(errorsOf(noAnswer)).toMatchObject({ isFree: ["form.invalidChoice"] });
    expect(errorsOf({ ...validListing, isFree: "on", wheelchairAccessible: ["yes", "no"] })).toMatchObject({
      isFree: ["form.invalidChoice"],
      wheelchairAccessible: ["form.invalidChoice"],
    });
  });

  it("needs when, where and how to take part to publish, each next to its field, and keeps what was typed", () => {
    const draft = { ...validListing, address: "", postcode: "", "slots[0].weekday": "", "slots[0].startTime": "", "slots[0].endTime": "" };
    const { "slots[2].weekday": _w, "slots[2].startTime": _s, "slots[2].endTime": _e, ...noTimes } = draft;
    // A draft may be saved without a time or a contact (not without a place, as before).
    expect(Object.keys(errorsOf(noTimes))).toEqual(["address", "postcode"]);
    const submission = parseWithZod(form({ ...noTimes, contactName: "Karim" }), { schema: publicListingSchema });
    expect(submission.status).toBe("error");
    const reply = submission.reply();
    expect(reply.error).toEqual({
      slots: ["organiser.form.whenNeeded"],
      address: ["organiser.form.addressOrOnline"],
      postcode: ["organiser.form.addressOrOnline"],
      contactEmail: ["organiser.form.contactNeeded"],
    });
    expect(reply.initialValue).toMatchObject({ title: "Taalcafé", contactName: "Karim", isFree: "yes" });
    // Online with a phone number and one time is enough.
    expect(errorsOf({ ...validListing, address: "", postcode: "", isOnline: "on", contactPhone: "030 123 45 67" }, publicListingSchema)).toEqual({});
    expect(errorsOf({ ...validListing, website: "https://taalcafe.example.org" }, publicListingSchema)).toEqual({});
  });

  it("refuses unknown codes and impossible numbers", () => {
    expect(errorsOf({ ...validListing, kind: "party", domains: ["cooking"], capacity: "-1", postcode: "12" })).toMatchObject({
      kind: ["form.invalidChoice"],
      capacity: [expect.stringMatching(/^form.numberTooSmall/)],
      postcode: ["form.invalidPostcode"],
    });
  });
});

describe("the organisation form", () => {
  const valid = { name: "Buurtkracht", kind: "foundation", description: "Wij helpen.", email: "info@example.org" };
  const errors = (entries: Record<string, string>) => {
    const submission = parseWithZod(form(entries), { schema: organisationSchema });
    return submission.status === "success" ? {} : (submission.reply().error ?? {});
  };

  it("accepts an 8-digit KvK number, with or without spaces, and no KvK number at all", () => {
    expect(errors(valid)).toEqual({});
    const submission = parseWithZod(form({ ...valid, kvkNumber: "1234 5678" }), { schema: organisationSchema });
    expect(submission.status === "success" && submission.value.kvkNumber).toBe("12345678");
  });

  it("refuses a bad KvK number, phone and website", () => {
    for (const kvkNumber of ["1234567", "123456789", "abcdefgh"]) {
      expect(errors({ ...valid, kvkNumber })).toMatchObject({ kvkNumber: ["organiser.form.invalidKvk"] });
    }
    expect(errors({ ...valid, phone: "bel me" })).toMatchObject({ phone: ["organiser.form.invalidPhone"] });
    expect(errors({ ...valid, website: "javascript:alert(1)" })).toMatchObject({ website: ["form.invalidUrl"] });
  });
});
