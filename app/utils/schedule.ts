/** A weekly schedule in plain words: "elke dinsdag 10:00–12:00", "every Tuesday and Thursday 19:00–21:00". */

export type ScheduleSlot = { weekday: number; startTime: string; endTime: string };

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Made once per language: creating an Intl.ListFormat costs far more than using one, and a
 * directory page describes twenty schedules (about 5 % of its CPU when made per call).
 */
const LIST_FORMATS = {
  nl: new Intl.ListFormat("nl-NL", { type: "conjunction" }),
  en: new Intl.ListFormat("en-GB", { type: "conjunction" }),
};

/**
 * One line per time range; days sharing the same hours are named together. Lines follow the
 * week (the first day of each line), so the text reads like a calendar.
 */
export function describeSchedule(slots: readonly ScheduleSlot[], t: Translate, locale: string): string[] {
  const byTime = new Map<string, { start: string; end: string; days: Set<number> }>();
  for (const slot of slots) {
    const key = `${slot.startTime}-${slot.endTime}`;
    const group = byTime.get(key) ?? { start: slot.startTime, end: slot.endTime, days: new Set<number>() };
    group.days.add(slot.weekday);
    byTime.set(key, group);
  }
  const list = locale === "en" ? LIST_FORMATS.en : LIST_FORMATS.nl;
  return (
    [...byTime.values()]
      .map((group) => ({ ...group, days: [...group.days].sort((a, b) => a - b) }))
      // Times are "HH:MM", so comparing the strings orders them (without a collator's cost).
      .sort((a, b) => a.days[0]! - b.days[0]! || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
      .map(({ start, end, days }) => {
        const when =
          days.length === 7
            ? t("directory.schedule.everyDay")
            : t("directory.schedule.every", { days: list.format(days.map((day) => t(`vocab.weekday.${day}`))) });
        return t("directory.schedule.line", { when, start, end });
      })
  );
}
