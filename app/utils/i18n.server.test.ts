import { describe, expect, it } from "vitest";
import { detectLocale, localeCookie, localeOf } from "./i18n.server";

const english = await localeCookie.serialize("en");
const dutch = await localeCookie.serialize("nl");
const cookieValue = (serialized: string) => serialized.split(";", 1)[0]!;

describe("the visitor's language", () => {
  it("takes ?lang= first, then our cookie, then Accept-Language, else Dutch", async () => {
    expect(await localeOf("/initiatieven?lang=en", cookieValue(dutch), "nl")).toBe("en");
    expect(await localeOf("/initiatieven", cookieValue(english), "nl")).toBe("en");
    expect(await localeOf("/initiatieven?lang=nl", cookieValue(english), "en")).toBe("nl");
    expect(await localeOf("/", undefined, "en-GB,en;q=0.9,nl;q=0.8")).toBe("en");
    expect(await localeOf("/", undefined, "de-DE,fr;q=0.9")).toBe("nl");
    expect(await localeOf("/", undefined, undefined)).toBe("nl");
  });

  it("gives the same answer the second time, and keeps different inputs apart", async () => {
    for (let round = 0; round < 2; round++) {
      expect(await localeOf("/?lang=en", undefined, undefined)).toBe("en");
      expect(await localeOf("/", undefined, undefined)).toBe("nl");
      expect(await localeOf("/", undefined, "en")).toBe("en");
      expect(await localeOf("/", cookieValue(english), undefined)).toBe("en");
    }
  });

  it("copes with garbage in every input", async () => {
    const garbage: [string, string | undefined, string | undefined][] = [
      ["/?lang=%E0%A4%A&lang=%", "wm_lang=%zz", "\u0000".repeat(5000)],
      ["/?lang=" + "x".repeat(5000), "wm_lang=" + "y".repeat(5000), ";;;,,q=,en;q=abc"],
      ["http://[::1", "wm_lang", "*"],
      ["/?lang=klingon", 'other=1; wm_lang=""; wm_lang=ImVuIg%3D%3D', ""],
    ];
    for (const [url, cookie, accept] of garbage) expect(["nl", "en"]).toContain(await localeOf(url, cookie, accept));
  });

  it("reads Accept-Language whole, however long (such inputs are not remembered)", async () => {
    const long = `${Array.from({ length: 60 }, (_, i) => `x${i};q=0.1`).join(", ")}, en;q=0.9`;
    expect(long.length).toBeGreaterThan(512);
    expect(await localeOf("/", undefined, long)).toBe("en");
    expect(await localeOf("/", undefined, long.replace("en;q=0.9", "nl;q=0.9"))).toBe("nl");
  });

  it("never lets a stranger's cookie decide", async () => {
    expect(await localeOf("/", "lang=en; i18next=en; wm_session=abc", "nl")).toBe("nl");
  });

  it("prefers a signed-in user's own choice", async () => {
    const request = new Request("http://localhost/initiatieven?lang=nl", { headers: { "Accept-Language": "nl" } });
    expect(await detectLocale(request, "en")).toBe("en");
    expect(await detectLocale(request)).toBe("nl");
    expect(await detectLocale(new Request("http://localhost/", { headers: { Cookie: cookieValue(english) } }))).toBe("en");
  });
});
