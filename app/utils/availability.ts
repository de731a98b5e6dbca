import type { TFunction } from "i18next";

/** "2:afternoon" → "dinsdag middag": a helper's time slots in words of the reader's language. */
export function describeAvailability(slots: string[], t: TFunction): string[] {
  return slots.map((slot) => {
    const [day, part] = slot.split(":");
    return `${t(`vocab.weekday.${day}`)} ${t(`vocab.dayPart.${part}`)}`;
  });
}
