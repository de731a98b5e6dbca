import { describe, expect, it } from "vitest";
import { numberFormat } from "./number-format";

describe("numberFormat", () => {
  it("formats as a new Intl.NumberFormat would, once made per locale and options", () => {
    expect(numberFormat("nl-NL", { maximumFractionDigits: 1 }).format(1.25)).toBe("1,3");
    expect(numberFormat("en-GB", { maximumFractionDigits: 1 }).format(1.25)).toBe("1.3");
    expect(numberFormat("nl-NL", { maximumFractionDigits: 1 })).toBe(numberFormat("nl-NL", { maximumFractionDigits: 1 }));
    expect(numberFormat("nl-NL", { maximumFractionDigits: 0 }).format(1.25)).toBe("1");
  });

  it("refuses a garbage locale or option like Intl does, and stays usable", () => {
    expect(() => numberFormat("", {})).toThrow(RangeError);
    expect(() => numberFormat("nl-NL\u0000'; drop", {})).toThrow(RangeError);
    expect(() => numberFormat("nl-NL", { maximumFractionDigits: 500 })).toThrow(RangeError);
    expect(numberFormat("nl-NL", {}).format(1000)).toBe("1.000");
  });

  it("stays bounded when callers pass ever new options", () => {
    for (let digits = 1; digits <= 20; digits++)
      for (const locale of ["nl-NL", "en-GB", "de-DE", "fr-FR", "en-US", "nl-BE"]) {
        expect(numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(0.5)).toMatch(/^0[.,]5$/);
      }
    expect(numberFormat("en-GB", { maximumFractionDigits: 1 }).format(2.25)).toBe("2.3");
  });
});
