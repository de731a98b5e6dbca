import { describe, expect, it } from "vitest";
import { telHref } from "./contact-link";

describe("telHref", () => {
  it("dials the digits of a number written the Dutch way", () => {
    expect(telHref("030 - 123 45 67")).toBe("tel:0301234567");
    expect(telHref("+31 (0)30 123 45 67")).toBe("tel:+31301234567");
    expect(telHref(" 06-12345678 ")).toBe("tel:0612345678");
  });

  it("never lets anything but digits and a leading plus into the link", () => {
    expect(telHref("javascript:alert(1)")).toBe("tel:1");
    expect(telHref('"><script>0</script>')).toBe("tel:0");
    expect(telHref("12+34")).toBe("tel:1234");
  });
});
