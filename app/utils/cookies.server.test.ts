import { describe, expect, it } from "vitest";
import { ownCookieHeader, readCookie, readRawCookie } from "./cookies.server";

describe("readCookie", () => {
  it("finds our cookie among others and decodes it", () => {
    expect(readCookie("a=1; wm_session=abc%20def; b=2", "wm_session")).toBe("abc def");
    expect(readCookie('wm_session="quoted"', "wm_session")).toBe("quoted");
  });

  it("never throws on garbage, and garbage elsewhere does not hide our cookie", () => {
    const garbage = ["analytics=50%", "%E0%A4%A=1", "novalue", ";;;", "=", "x=%", "a=\u0000", "é=ü"];
    for (const other of garbage) {
      expect(readCookie(`${other}; wm_session=abc`, "wm_session")).toBe("abc");
      expect(readCookie(other, "wm_session")).toBeNull();
    }
    expect(readCookie("wm_session=50%", "wm_session")).toBeNull();
    expect(readCookie(null, "wm_session")).toBeNull();
    expect(readCookie("x=1;".repeat(10_000), "wm_session")).toBeNull();
  });
});

describe("readRawCookie", () => {
  it("gives the value as sent, the first of two, and null for garbage or absence", () => {
    expect(readRawCookie("a=1; wm_lang=ImVuIg%3D%3D; b=2", "wm_lang")).toBe("ImVuIg%3D%3D");
    expect(readRawCookie("wm_lang=%zz; wm_lang=second", "wm_lang")).toBe("%zz");
    expect(readRawCookie("wm_lang; ;;=;===", "wm_lang")).toBeNull();
    expect(readRawCookie(null, "wm_lang")).toBeNull();
    expect(readRawCookie("xwm_lang=1", "wm_lang")).toBeNull();
  });
});

describe("ownCookieHeader", () => {
  it("keeps only this site's cookies", () => {
    const request = new Request("http://localhost/", { headers: { Cookie: "analytics=50%; wm_lang=en; _ga=GA1.2; wm_toast=s%3Aabc" } });
    expect(ownCookieHeader(request)).toBe("wm_lang=en; wm_toast=s%3Aabc");
    expect(ownCookieHeader(new Request("http://localhost/"))).toBe("");
  });
});
