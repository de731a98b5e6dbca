import { useNonce } from "~/utils/nonce";

/**
 * Structured data for search engines, rendered on the server. `<` is escaped so no text in the
 * data can close the script element; the CSP nonce marks the script as the site's own.
 */
export function JsonLd({ data }: { data: unknown }) {
  const nonce = useNonce();
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  // Browsers hide nonces from the page, so the client renders none: not a real mismatch.
  return <script type="application/ld+json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: json }} />;
}
