import { describe, expect, it } from "vitest";
import { getTranslator } from "~/utils/i18n.server";
import { describeSchedule } from "./schedule";

const nl = getTranslator("nl");
const en = getTranslator("en");

describe("describeSchedule", () => {
  it("says a weekly slot in plain words, in Dutch and English", () => {
    const slots = [{ weekday: 2, startTime: "10:00", endTime: "12:00" }];
    expect(describeSchedule(slots, nl, "nl")).toEqual(["elke dinsdag 10:00–12:00"]);
    expect(describeSchedule(slots, en, "en")).toEqual(["every Tuesday 10:00–12:00"]);
  });

  it("names days with the same hours together, in week order", () => {
    const slots = [
      { weekday: 4, startTime: "19:00", endTime: "21:00" },
      { weekday: 4, startTime: "10:00", endTime: "12:00" },
      { weekday: 1, startTime: "10:00", endTime: "12:00" },
      { weekday: 3, startTime: "10:00", endTime: "12:00" },
    ];
    expect(describeSchedule(slots, nl, "nl")).toEqual(["elke maandag, woensdag en donderdag 10:00–12:00", "elke donderdag 19:00–21:00"]);
    expect(describeSchedule(slots, en, "en")).toEqual(["every Monday, Wednesday and Thursday 10:00–12:00", "every Thursday 19:00–21:00"]);
  });

  it("says 'every day' for all seven days and nothing for no slots", () => {
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "08:00", endTime: "09:00" }));
    expect(describeSchedule(week, nl, "nl")).toEqual(["elke dag 08:00–09:00"]);
    expect(describeSchedule(week, en, "en")).toEqual(["every day 08:00–09:00"]);
    expect(describeSchedule([], nl, "nl")).toEqual([]);
  });
});
