import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { etagOf, inlineScriptHashes, isCacheableRequest, matchesEtag, PageStore, storedPage, withScriptHashes } from "./page-store.server";

const request = (url: string, cookie?: string, method = "GET") => ({ method, url, headers: cookie === undefined ? {} : { cookie } });
const page = (text: string, key = "k") =>
  storedPage(etagOf(Buffer.from(text)), [["content-type", "text/html"]], { identity: Buffer.from(text), gzip: Buffer.alloc(1), br: Buffer.alloc(1) }, key);

describe("which requests may use the page cache", () => {
  it("takes GET and HEAD of public pages, with or without a query", () => {
    for (const url of [
      "/",
      "/initiatieven",
      "/initiatieven?q=taal&lang=en",
      "/initiatieven/taalcafe-1",
      "/organisaties/buurthuis",
      "/wijken",
      "/wijken/overvecht",
      "/vragen/samen-eten",
      "/privacy",
    ])
      expect(isCacheableRequest(request(url)), url).toBe(true);
    expect(isCacheableRequest(request("/", undefined, "HEAD"))).toBe(true);
  });

  it("refuses other methods, private pages, loader data, odd paths and overlong addresses", () => {
    expect(isCacheableRequest(request("/", undefined, "POST"))).toBe(false);
    for (const url of [
      "/werkplek",
      "/mijn",
      "/beheer",
      "/initiatieven/x/aanmelden",
      "/initiatieven?_data=routes%2Finitiatieven._index",
      "/initiatieven?q=a&_data",
      "/wijken/../werkplek",
      "/vragen/a%2Fb",
      "",
      "//",
      `/initiatieven?q=${"a".repeat(3000)}`,
    ])
      expect(isCacheableRequest(request(url)), url).toBe(false);
    expect(isCacheableRequest({ method: "GET", headers: {} })).toBe(false);
  });

  it("refuses a session, a flash message or any unknown cookie of ours, and ignores other sites' cookies", () => {
    expect(isCacheableRequest(request("/", "wm_session=abc"))).toBe(false);
    expect(isCacheableRequest(request("/", "wm_toast=abc; wm_lang=ImVuIg%3D%3D"))).toBe(false);
    expect(isCacheableRequest(request("/", " wm_future=1"))).toBe(false);
    expect(isCacheableRequest(request("/", "wm_lang=ImVuIg%3D%3D; wm_visit=x; _ga=GA1.2; analytics=50%; =; ;;"))).toBe(true);
    expect(isCacheableRequest(request("/", "garbage without equals"))).toBe(true);
  });
});

describe("validators", () => {
  it("matches If-None-Match weakly, in a list, or as *", () => {
    const etag = etagOf(Buffer.from("page"));
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`"other", ${etag.replace("W/", "")}`, etag)).toBe(true);
    expect(matchesEtag("*", etag)).toBe(true);
    expect(matchesEtag('W/"nope"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
    expect(matchesEtag(",,,", etag)).toBe(false);
  });
});

describe("script hashes in place of a nonce", () => {
  it("hashes every inline script exactly, skips scripts with a src, and puts the hashes in script-src", () => {
    const html = `<script nonce="">window.a=1</script><script src="/x.js" nonce=""></script><SCRIPT type="module">import "/y"</SCRIPT ><script>window.a=1</script>`;
    const hashes = inlineScriptHashes(html);
    const expected = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(hashes).toEqual([expected("window.a=1"), expected('import "/y"')]);
    const csp = withScriptHashes("default-src 'self';script-src 'self' 'nonce-';script-src-attr 'none'", hashes);
    expect(csp).toBe(`default-src 'self';script-src 'self' ${hashes.join(" ")};script-src-attr 'none'`);
    expect(inlineScriptHashes("<script>never closed")).toEqual([]);
  });
});

describe("the page store", () => {
  it("keeps at most its byte budget, dropping the least recently used first", () => {
    const store = new PageStore(1_000_000, 60_000);
    const big = "x".repeat(100_000);
    for (let i = 0; i < 20; i++) store.set(`p${i}`, 1, page(big, `p${i}`));
    expect(store.size.bytes).toBeLessThanOrEqual(1_000_000);
    expect(store.get("p0", 1)).toBeUndefined();
    expect(store.get("p19", 1)).toBeDefined();
  });

  it("forgets everything when the content version rises and never stores a page rendered for an older one", () => {
    const store = new PageStore(1_000_000, 60_000);
    store.set("a", 1, page("one"));
    expect(store.get("a", 2)).toBeUndefined();
    store.set("b", 1, page("late"));
    expect(store.get("b", 2)).toBeUndefined();
    expect(store.size.pages).toBe(0);
  });

  it("drops a page after its time to live and refuses one larger than an eighth of the budget", () => {
    const store = new PageStore(80_000, 1000);
    store.set("a", 1, page("short"));
    expect(store.get("a", 1, Date.now() + 2000)).toBeUndefined();
    store.set("huge", 1, page("x".repeat(20_000)));
    expect(store.get("huge", 1)).toBeUndefined();
  });
});
