import { messages, type Locale } from "~/locales";

/** `?taal=en` prints in English; anything else in Dutch, the language of the municipality. */
export function printLocale(request: Request): Locale {
  return new URL(request.url).searchParams.get("taal") === "en" ? "en" : "nl";
}

/**
 * The messages a printed page needs, in the language chosen for the paper. The browser holds only
 * the site's own language, so the loader sends these along (a few kB).
 */
export function printMessages(locale: Locale) {
  const tree = messages[locale];
  return {
    print: tree.print,
    vocab: tree.vocab,
    directory: { schedule: tree.directory.schedule },
    referrals: { reason: tree.referrals.reason, tone: tree.referrals.tone },
  };
}

export type PrintMessages = ReturnType<typeof printMessages>;
