import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { loggablePath, logError } from "./utils/log.server";
import { serverI18n } from "./utils/messages.server";
import { NonceProvider } from "./utils/nonce";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  // The root loader decided the language; pages that failed before it fall back to Dutch.
  const rootData = remixContext.staticHandlerContext.loaderData.root as { locale?: unknown } | undefined;
  const locale = isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE;

  // Loaders have finished before rendering starts, so the whole page is ready in one go: it is
  // sent as one buffer, which costs far less than React's ~2 KB chunks passed through a web
  // stream and the compressor one by one (decision 021). People and crawlers get the same bytes.
  return new Promise<Response>((resolve, reject) => {
    let shellStatus: number | null = null;
    const chunks: Buffer[] = [];
    const page = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    page.on("finish", () => {
      const body = Buffer.concat(chunks);
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      // Known before the first byte, so the server compresses the page in one call (decision 025).
      responseHeaders.set("Content-Length", String(body.length));
      resolve(new Response(body, { headers: responseHeaders, status: shellStatus ?? responseStatusCode }));
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={serverI18n(locale)}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        // As when the page was streamed: the status is settled with the shell; a part that fails
        // later (or is cut off by the abort timer on an overloaded server) is logged only.
        onShellReady() {
          shellStatus = responseStatusCode;
        },
        onAllReady() {
          clearTimeout(timer);
          pipe(page);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // An error before the shell goes to onShellError, and Remix's handleError logs it.
          if (shellStatus !== null) logError(`rendering ${loggablePath(new URL(request.url).pathname)} failed`, error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}

/** Errors of loaders and actions, logged without personal data (Remix would print them raw). */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  logError(`${request.method} ${loggablePath(new URL(request.url).pathname)} failed`, error);
};
