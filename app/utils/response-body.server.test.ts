import type { Response } from "express";
import { describe, expect, it } from "vitest";
import { holdBody, toBuffer } from "./response-body.server";

/** Just enough of a response to record what reaches the socket. */
function fakeResponse() {
  const sent: { writes: unknown[]; ended: unknown[] | null } = { writes: [], ended: null };
  const res = {
    write: (...args: unknown[]) => {
      sent.writes.push(args[0]);
      return true;
    },
    end: (...args: unknown[]) => {
      sent.ended = args;
      const done = args.find((argument) => typeof argument === "function") as (() => void) | undefined;
      done?.();
      return res;
    },
  };
  return { res: res as unknown as Response, sent };
}

describe("toBuffer", () => {
  it("takes strings in their encoding and byte views, and nothing else", () => {
    expect(toBuffer("café", undefined)?.toString()).toBe("café");
    expect(toBuffer("café", "latin1")?.length).toBe(4);
    expect(toBuffer("abc", "no-such-encoding")?.toString()).toBe("abc");
    const view = new Uint8Array([0, 104, 105, 0]).subarray(1, 3);
    expect(toBuffer(view, undefined)?.toString()).toBe("hi");
    for (const garbage of [undefined, null, 42, {}, () => {}, Symbol("x")]) expect(toBuffer(garbage, undefined)).toBeNull();
  });
});

describe("holdBody", () => {
  it("hands the whole body over once the response ends, and calls write callbacks", async () => {
    const { res, sent } = fakeResponse();
    let whole = "";
    holdBody(
      res,
      () => true,
      (body, send) => {
        whole = body.toString();
        send(Buffer.from(whole.toUpperCase()));
      },
    );
    const called: string[] = [];
    res.write("een ", () => called.push("first"));
    res.write(Buffer.from("twee "), "utf8", () => called.push("second"));
    res.write(42 as unknown as string);
    let ended = false;
    res.end("drie", () => (ended = true));
    await new Promise((resolve) => process.nextTick(resolve));
    expect(sent.writes).toEqual([]);
    expect(whole).toBe("een twee drie");
    expect(String(sent.ended?.[0])).toBe("EEN TWEE DRIE");
    expect(called).toEqual(["first", "second"]);
    expect(ended).toBe(true);
  });

  it("sends nothing when complete sends no body, as for a 304", () => {
    const { res, sent } = fakeResponse();
    holdBody(
      res,
      () => true,
      (_body, send) => send(),
    );
    res.end("bladzijde");
    expect(sent.ended?.[0]).toBeUndefined();
  });

  it("lets everything through when it is told not to hold", () => {
    const { res, sent } = fakeResponse();
    let completed = false;
    holdBody(
      res,
      () => false,
      () => (completed = true),
    );
    res.write("a");
    res.end("b");
    expect(sent.writes).toEqual(["a"]);
    expect(sent.ended?.[0]).toBe("b");
    expect(completed).toBe(false);
  });
});
