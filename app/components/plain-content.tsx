import { Fragment, type ReactNode } from "react";

type Block = { kind: "h2" | "p"; text: string } | { kind: "ul"; items: string[] };

/** Plain text as an admin writes it: "## " a heading, "- " a list item, an empty line a new paragraph. */
export function parsePlainContent(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n/g, "\n").split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: "p", text: paragraph.join(" ") });
      paragraph = [];
    };
    for (const raw of chunk.split("\n")) {
      const line = raw.trim();
      if (!line) continue;
      if (line.startsWith("#")) {
        flush();
        const heading = line.replace(/^#+\s*/, "");
        // An empty heading would confuse screen readers.
        if (heading) blocks.push({ kind: "h2", text: heading });
      } else if (/^[-*]\s+/.test(line)) {
        flush();
        const last = blocks.at(-1);
        const item = line.replace(/^[-*]\s+/, "");
        if (last?.kind === "ul") last.items.push(item);
        else blocks.push({ kind: "ul", items: [item] });
      } else {
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** Email addresses and web addresses become links; everything else stays text (never HTML). */
function linkify(text: string): ReactNode {
  const parts = text.split(/([\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g);
  return parts.map((part, index) => {
    if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
    const href = part.startsWith("http") ? part : `mailto:${part}`;
    return (
      <a key={index} href={href}>
        {part}
      </a>
    );
  });
}

export function PlainContent({ text, headingLevel = 2 }: { text: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-3">
      {parsePlainContent(text).map((block, index) => {
        if (block.kind === "h2")
          return (
            <Heading key={index} className="pt-2">
              {block.text}
            </Heading>
          );
        if (block.kind === "ul") {
          return (
            <ul key={index} className="list-disc space-y-1 pl-6">
              {block.items.map((item, i) => (
                <li key={i}>{linkify(item)}</li>
              ))}
            </ul>
          );
        }
        return <p key={index}>{linkify(block.text)}</p>;
      })}
    </div>
  );
}
