/**
 * The accessibility and privacy statements as they ship, in both languages. An admin can replace
 * the text on /beheer/teksten; the retention periods on /privacy are never part of that text but
 * come from the settings, so the statement cannot promise something else than what happens.
 *
 * The text format is plain: "## " starts a heading, "- " a list item, an empty line a new paragraph.
 * {{municipality}} becomes the municipality's name.
 */
import type { Locale } from "~/locales";

export const STATEMENT_KEYS = ["accessibility", "privacy"] as const;
export type StatementKey = (typeof STATEMENT_KEYS)[number];

/** Where each statement is published, and its title's message key. */
export const STATEMENT_PAGES: Record<StatementKey, { titleKey: string; path: string }> = {
  accessibility: { titleKey: "statements.accessibilityTitle", path: "/toegankelijkheid" },
  privacy: { titleKey: "statements.privacyTitle", path: "/privacy" },
};

const accessibility: Record<Locale, string> = {
  nl: `{{municipality}} wil dat iedereen Wijkmarkt kan gebruiken, ook mensen met een beperking. In deze verklaring staat hoe toegankelijk Wijkmarkt is en wat we nog verbeteren.

## Welke norm we volgen
Wijkmarkt moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA. Dat is de norm uit de Europese standaard EN 301 549, die overheden in Nederland moeten volgen (Besluit digitale toegankelijkheid overheid).

## Status
Wijkmarkt voldoet gedeeltelijk aan deze norm. Hieronder staat wat nog niet goed gaat.

## Hoe we dit hebben getest
- Bij elke wijziging controleert een automatische test (axe-core) elke pagina die de tests bezoeken op WCAG 2.2 A en AA.
- Alle formulieren werken met alleen een toetsenbord en zonder JavaScript.
- De kleuren van tekst en knoppen worden per huisstijl getest op voldoende contrast (minstens 4,5 : 1 voor tekst, 3 : 1 voor randen van knoppen en velden).
- Een onderzoek door een onafhankelijke deskundige is nog niet gedaan.

## Wat nog niet goed gaat
- Teksten die organisaties en wijkteams zelf schrijven, kunnen moeilijke woorden bevatten. We vragen hen om eenvoudige taal te gebruiken.
- Afbeeldingen die organisaties toevoegen, hebben soms geen goede beschrijving.

## Contact
Loop je tegen een probleem aan? Of wil je iets in een andere vorm? Mail naar toegankelijkheid@wijkmarkt.local. Je krijgt binnen 5 werkdagen antwoord. Ben je niet tevreden over het antwoord? Dan kun je contact opnemen met de Nationale ombudsman.`,
  en: `{{municipality}} wants everyone to be able to use Wijkmarkt, including people with a disability. This statement says how accessible Wijkmarkt is and what we are still improving.

## Which standard we follow
Wijkmarkt must meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level A and AA. This is the norm in the European standard EN 301 549, which Dutch public bodies must follow (Besluit digitale toegankelijkheid overheid).

## Status
Wijkmarkt partially meets this standard. Below is what does not work well yet.

## How we tested this
- With every change an automated test (axe-core) checks every page the tests visit against WCAG 2.2 A and AA.
- All forms work with a keyboard only and without JavaScript.
- The colours of text and buttons are tested for each house style for enough contrast (at least 4.5 : 1 for text, 3 : 1 for the edges of buttons and fields).
- An audit by an independent expert has not been done yet.

## What does not work well yet
- Texts that organisations and district teams write themselves can contain difficult words. We ask them to use plain language.
- Images that organisations add sometimes lack a good description.

## Contact
Do you run into a problem? Or do you need something in another form? Email toegankelijkheid@wijkmarkt.local. You get an answer within 5 working days. Not happy with the answer? You can contact the Nationale ombudsman.`,
};

const privacy: Record<Locale, string> = {
  nl: `Wijkmarkt is van {{municipality}}. De gemeente is verantwoordelijk voor je gegevens (de verwerkingsverantwoordelijke). Hier lees je welke gegevens we bewaren, waarom, wie ze ziet en wat je rechten zijn.

## Bewoners
Als je een account maakt, bewaren we je naam, je e-mailadres, je wachtwoord (versleuteld) en je taal. Als je hulp aanbiedt, bewaren we ook wat je in je hulpprofiel zet: je wijk, wat je kunt, wanneer je tijd hebt en welke talen je spreekt. We gebruiken dit om je aanmeldingen bij te houden en organisaties te laten zien wie wil helpen. Je profiel is alleen zichtbaar voor organisaties als je dat zelf aanzet.

## Organisatoren
Van organisaties bewaren we de gegevens die je invult: naam, beschrijving, contactgegevens en activiteiten. Die zijn openbaar, want daarvoor is Wijkmarkt er. Van de mensen in een organisatie bewaren we hun account en hun rol.

## Huishoudens
Wijkteams leggen huishoudens vast zonder naam, adres, geboortedatum of BSN. We bewaren een kenmerk van het team, de postcode (vier cijfers), hoe het huishouden is samengesteld, het keukentafelgesprek en het plan. Dit is nodig om het huishouden goed te helpen (Wmo en Jeugdwet). Alleen het eigen wijkteam ziet deze gegevens. Geeft een huishouden toestemming, dan krijgt een organisatie bij een verwijzing contactgegevens. Die ziet alleen het wijkteam en die organisatie, en ze worden gewist als de verwijzing afloopt.

## Wie wat leest
Elke keer dat iemand gegevens van een huishouden bekijkt of wijzigt, leggen we vast wie dat deed en wanneer. De coördinator van het team kan dat nakijken.

## Je rechten
Je mag je gegevens inzien, laten verbeteren en laten verwijderen. Op je eigen pagina kun je je gegevens downloaden, en bij Mijn account kun je je account verwijderen. Je kunt ook bezwaar maken. Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.

## Contact
Heb je een vraag over privacy? Mail naar privacy@wijkmarkt.local. De functionaris gegevensbescherming van de gemeente helpt je ook.`,
  en: `Wijkmarkt belongs to {{municipality}}. The municipality is responsible for your data (the controller). Here you can read what we keep, why, who sees it and what your rights are.

## Residents
When you create an account we keep your name, your email address, your password (encrypted) and your language. If you offer help, we also keep what you put in your helper profile: your neighbourhood, what you can do, when you have time and which languages you speak. We use this to keep track of your applications and to show organisations who wants to help. Organisations only see your profile if you switch that on yourself.

## Organisers
For organisations we keep what you fill in: name, description, contact details and activities. These are public, because that is what Wijkmarkt is for. For the people in an organisation we keep their account and their role.

## Households
District teams record households without a name, address, date of birth or citizen service number. We keep a team reference, the postcode (four digits), the make-up of the household, the kitchen-table conversation and the plan. This is needed to help the household well (Wmo and Youth Act). Only the household's own district team sees this. When a household gives consent, an organisation receives contact details with a referral. Only the team and that organisation see them, and they are erased when the referral ends.

## Who reads what
Every time someone views or changes a household's data, we record who did it and when. The team's coordinator can check this.

## Your rights
You may see your data, have it corrected and have it deleted. On your own page you can download your data, and under My account you can delete your account. You can also object. Do you disagree with how we handle your data? You can complain to the Autoriteit Persoonsgegevens (the Dutch data protection authority).

## Contact
A question about privacy? Email privacy@wijkmarkt.local. The municipality's data protection officer can help you too.`,
};

export const DEFAULT_STATEMENTS: Record<StatementKey, Record<Locale, string>> = { accessibility, privacy };
