export default {
  footer: "Wijkmarkt van {{municipality}}",
  manage: "Kies welke e-mail je krijgt: {{url}}",
  unsubscribe: "Geen e-mail meer over deze onderwerpen: {{url}}",
  preferences: {
    title: "E-mail",
    intro: "Kies per onderwerp hoe vaak je e-mail krijgt. Alles wat je krijgt, zie je ook bij Meldingen.",
    save: "E-mailkeuzes opslaan",
    saved: "Je e-mailkeuzes zijn opgeslagen.",
  },
  kind: {
    referrals: "Verwijzingen",
    collective_needs: "Collectieve vragen",
    volunteering: "Aanmeldingen als vrijwilliger",
    reminders: "Herinneringen",
    organisation: "Je organisatie en initiatieven",
  },
  frequency: {
    immediately: "Meteen",
    daily: "Eén keer per dag (om 7 uur)",
    weekly: "Eén keer per week (maandag om 7 uur)",
    never: "Nooit",
  },
  unsubscribePage: {
    title: "Afmelden voor e-mail",
    intro: "Je krijgt dan geen e-mail meer over:",
    button: "Afmelden",
    done: "Je bent afgemeld. Je krijgt geen e-mail meer over deze onderwerpen.",
    manage: "Je kunt dit altijd weer aanzetten bij Mijn account.",
    invalid: "Deze afmeldlink klopt niet (meer). Log in en kies bij Mijn account welke e-mail je krijgt.",
  },
};
