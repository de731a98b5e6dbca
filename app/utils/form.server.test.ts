import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loginSchema } from "~/schemas/account";
import { planSchema } from "~/schemas/household";
import { fieldNames, FORM_LIMITS, parseForm, readForm } from "./form.server";

function post(body: BodyInit | null, contentType?: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost/inloggen", {
    method: "POST",
    body,
    headers: { ...(contentType ? { "Content-Type": contentType } : {}), ...headers },
    // Node needs this to send a stream as a body.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}
const urlencoded = (body: string) => post(body, "application/x-www-form-urlencoded");

async function statusOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

describe("readForm", () => {
  it("reads a url-encoded and a multipart form", async () => {
    expect((await readForm(urlencoded("email=a%40b.nl&x=1&x=2"))).getAll("x")).toEqual(["1", "2"]);
    const multipart = new FormData();
    multipart.append("email", "a@b.nl");
    expect((await readForm(new Request("http://localhost/", { method: "POST", body: multipart }))).get("email")).toBe("a@b.nl");
  });

  it("refuses bodies that are not forms with 415, and broken ones with 400", async () => {
    expect(await statusOf(readForm(post("{}", "application/json")))).toBe(415);
    expect(await statusOf(readForm(post("email=a", "text/plain")))).toBe(415);
    expect(await statusOf(readForm(post("email=a")))).toBe(415);
    expect(await statusOf(readForm(post(null)))).toBe(415);
    expect(await statusOf(readForm(post("--x\r\ngarbage", "multipart/form-data; boundary=x")))).toBe(400);
    expect(await statusOf(readForm(post("garbage", "multipart/form-data")))).toBe(400);
  });

  it("refuses a file: nothing on the site takes uploads", async () => {
    const withFile = new FormData();
    withFile.append("file", new Blob(["data"]), "a.txt");
    expect(await statusOf(readForm(new Request("http://localhost/", { method: "POST", body: withFile })))).toBe(400);
  });

  it("refuses a body over the limit, declared or streamed, without reading it all", async () => {
    const big = `a=${"x".repeat(70 * 1024)}`;
    expect(await statusOf(readForm(urlencoded(big)))).toBe(413);
    expect(await statusOf(readForm(urlencoded("a=1"), { maxBytes: 2 }))).toBe(413);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode("a".repeat(16 * 1024)));
      },
    });
    expect(await statusOf(readForm(post(endless, "application/x-www-form-urlencoded")))).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it("refuses names that would make Conform build huge or deep structures, at once", async () => {
    const started = performance.now();
    for (const body of [
      "x[100000000]=1",
      "x[10000000]=1",
      `x[${FORM_LIMITS.maxIndex + 1}]=1`,
      "a.b.c.d.e=1",
      "a[0][0][0][0]=1",
      "x[1e9]=1",
      "x[-1]=1",
      "a b=1",
      "x]=1",
    ]) {
      expect(await statusOf(readForm(urlencoded(body))), body).toBe(400);
    }
    expect(performance.now() - started).toBeLessThan(500);
    expect(await statusOf(readForm(urlencoded(`x[${FORM_LIMITS.maxIndex}]=1&goals[2].title=a`)))).toBe(200);
  });

  it("refuses too many fields, or one name repeated too often", async () => {
    const many = Array.from({ length: FORM_LIMITS.maxFields + 1 }, (_, i) => `f${i}=1`).join("&");
    expect(await statusOf(readForm(urlencoded(many)))).toBe(400);
    expect(await statusOf(readForm(urlencoded("x=1&".repeat(FORM_LIMITS.maxRepeats + 1))))).toBe(400);
  });

  it("keeps odd but harmless values as they are", async () => {
    const value = "\u0000 ‮عربى 🙂 ' OR 1=1 -- \"NEAR(* <script>";
    const form = await readForm(urlencoded(`email=${encodeURIComponent(value)}&bad=%E0%A4%A&pct=50%`));
    expect(form.get("email")).toBe(value);
    expect(form.get("pct")).toBe("50%");
  });
});

describe("parseForm", () => {
  it("a bad Conform intent or any state gives a form error (status error), not a crash", async () => {
    for (const reserved of [
      "__intent__={",
      "__intent__=null",
      "__intent__=1",
      '__intent__={"type":1}',
      "__state__={",
      '__intent__={"type":"update","payload":{"name":"x[100000000]","value":1}}',
      "__intent__=a&__intent__=b",
    ]) {
      const { submission } = await parseForm(urlencoded(`email=a%40b.nl&password=geheim&${reserved}`), loginSchema);
      expect(submission.status, reserved).toBe("error");
      const reply = submission.reply({ hideFields: ["password"] });
      expect(reply.error).toEqual({ "": ["form.invalidRequest"] });
      expect(reply.initialValue).toEqual({ email: "a@b.nl" });
    }
  });

  it("accepts Conform's own validate intent for a known field", async () => {
    const intent = encodeURIComponent(JSON.stringify({ type: "validate", payload: { name: "email" } }));
    const { submission } = await parseForm(urlencoded(`email=a%40b.nl&password=x&__intent__=${intent}`), loginSchema);
    expect(submission.status).toBeUndefined();
    expect(submission.reply().intent).toEqual({ type: "validate", payload: { name: "email" } });
  });

  it("echoes only the schema's own fields", async () => {
    const { submission, formData } = await parseForm(urlencoded("email=geen-adres&stranger=%3Cscript%3E&x[99]=1"), loginSchema);
    expect(submission.status).toBe("error");
    const reply = JSON.stringify(submission.reply());
    expect(reply).toContain("geen-adres");
    expect(reply).not.toContain("script");
    expect(reply).not.toContain("stranger");
    expect(formData.get("stranger")).toBe("<script>");
  });

  it("knows the fields of unions and refined schemas", () => {
    expect([...fieldNames(loginSchema)].sort()).toEqual(["email", "password", "redirectTo"]);
    expect(fieldNames(planSchema).has("intent")).toBe(true);
    expect([
      ...fieldNames(
        z
          .object({ a: z.string() })
          .refine(() => true)
          .optional(),
      ),
    ]).toEqual(["a"]);
    expect(() => fieldNames(z.string())).toThrow();
  });
});
