/**
 * A real SMTP server on a free loopback port for tests, and a small reader of what nodemailer
 * sends: headers, encoded words, quoted-printable or base64, and multipart/alternative bodies.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { reloadEnv } from "~/utils/env.server";

export type Received = { to: string[]; subject: string; text: string; html: string | null; headers: Record<string, string> };

function splitHead(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(split + 4) };
}

function decodeBody(body: string, encoding: string) {
  const text =
    encoding === "base64"
      ? Buffer.from(body, "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body.replace(/=\r\n/g, ""))
        : body;
  return text.replace(/\r\n/g, "\n").trim();
}

export function parseMessage(raw: string): Omit<Received, "to"> {
  const { headers, body } = splitHead(raw);
  const subject = (headers.subject ?? "")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
  const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => splitHead(part.replace(/^\r\n/, "")))
    : [{ headers, body }];
  const partOf = (type: string) => parts.find((part) => (part.headers["content-type"] ?? "text/plain").startsWith(type));
  const decode = (part: { headers: Record<string, string>; body: string } | undefined) =>
    part ? decodeBody(part.body, (part.headers["content-transfer-encoding"] ?? "").toLowerCase()) : null;
  return { subject, text: decode(partOf("text/plain")) ?? "", html: decode(partOf("text/html")), headers };
}

function decodeQuotedPrintable(text: string) {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/**
 * Starts the server and points SMTP_URL at it. `control.reject` makes the next N messages fail with
 * 550, `control.delayMs` holds each answer back, and `control.started` counts messages begun.
 */
export async function startTestSmtpServer() {
  const received: Received[] = [];
  const control = { reject: 0, delayMs: 0, started: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      control.started++;
      stream.on("end", () => {
        if (control.reject > 0) {
          control.reject--;
          const error = new Error("Mailbox unavailable") as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), ...parseMessage(Buffer.concat(chunks).toString("utf8")) });
        setTimeout(callback, control.delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  reloadEnv();
  return {
    received,
    control,
    close: async () => {
      delete process.env.SMTP_URL;
      reloadEnv();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
