import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parsePlainContent, PlainContent } from "./plain-content";

describe("plain content", () => {
  it("reads headings, lists and paragraphs", () => {
    expect(parsePlainContent("Intro line one\nline two\n\n## Kop\n- een\n- twee\nna de lijst")).toEqual([
      { kind: "p", text: "Intro line one line two" },
      { kind: "h2", text: "Kop" },
      { kind: "ul", items: ["een", "twee"] },
      { kind: "p", text: "na de lijst" },
    ]);
  });

  it("never lets HTML through and links only mail and web addresses", () => {
    const html = renderToStaticMarkup(
      <PlainContent text={'<script>alert(1)</script> <a href="javascript:x">x</a> mail privacy@gemeente.nl of https://www.gemeente.nl/privacy.'} />,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="mailto:privacy@gemeente.nl">privacy@gemeente.nl</a>');
    expect(html).toContain('<a href="https://www.gemeente.nl/privacy">https://www.gemeente.nl/privacy</a>.');
  });

  it("copes with garbage: empty text, only blank lines, stray markers", () => {
    expect(parsePlainContent("")).toEqual([]);
    expect(parsePlainContent("\n\n \n\r\n")).toEqual([]);
    expect(parsePlainContent("##\n-\n#")).toEqual([{ kind: "p", text: "-" }]);
  });
});
