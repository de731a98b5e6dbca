/**
 * patches/@remix-run+router: the server's router (its CommonJS build) ranks a route tree once
 * and remembers the matches of a path (decisions 025 and 027). Its answers must stay those of
 * the unpatched build (the ES module, which only the browser's bundle uses), for every path and
 * on every call, and no caller may change what the next one gets.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type * as Router from "@remix-run/router";

const require = createRequire(import.meta.url);
const serverRouter = require("@remix-run/router") as typeof Router;
const routerDir = path.dirname(require.resolve("@remix-run/router"));
const unpatched = (await import(path.join(routerDir, "router.js"))) as typeof Router;

type Route = Router.AgnosticRouteObject;

/** Shaped like the app's tree: a layout, indexes, params, an optional segment, a splat. */
const routes = (): Route[] => [
  {
    id: "root",
    path: "/",
    children: [
      { id: "home", index: true },
      {
        id: "initiatieven",
        path: "initiatieven",
        children: [
          { id: "initiatieven-index", index: true },
          { id: "initiatief", path: ":slug" },
          { id: "initiatief-print", path: ":slug/print" },
        ],
      },
      {
        id: "werkplek",
        path: "werkplek",
        children: [
          { id: "werkplek-index", index: true },
          { id: "huishouden", path: "huishoudens/:householdId" },
          { id: "behoefte", path: "huishoudens/:householdId/behoeften/:needId" },
        ],
      },
      { id: "wijk", path: "wijken/:slug?" },
      { id: "api", path: "api/hsds/v3/*" },
      { id: "not-found", path: "*" },
    ],
  },
];

const PATHS = [
  "/",
  "/initiatieven",
  "/initiatieven/",
  "/initiatieven/taalcafe-noord",
  "/initiatieven/taalcaf%C3%A9/print",
  "/werkplek",
  "/werkplek/huishoudens/12",
  "/werkplek/huishoudens/12/behoeften/7",
  "/wijken",
  "/wijken/overvecht",
  "/api/hsds/v3/services/abc",
  "/bestaat/niet",
  "//dubbel//slash",
  "/%E0%A4%A",
  "/initiatieven/" + "x".repeat(3000),
];

const shape = (matches: Router.AgnosticRouteMatch[] | null) =>
  matches?.map((match) => ({ id: match.route.id, params: { ...match.params }, pathname: match.pathname, pathnameBase: match.pathnameBase })) ?? null;

describe("the server's route matching (patched)", () => {
  it("matches every path as the unpatched router does, the first time and every time after", () => {
    const patchedTree = routes();
    const plainTree = routes();
    for (let round = 0; round < 3; round++) {
      for (const pathname of PATHS) {
        const expected = shape(unpatched.matchRoutes(plainTree, pathname));
        expect(shape(serverRouter.matchRoutes(patchedTree, pathname)), pathname).toEqual(expected);
        expect(shape(serverRouter.matchRoutes(patchedTree, { pathname }, "/initiatieven")), pathname).toEqual(
          shape(unpatched.matchRoutes(plainTree, { pathname }, "/initiatieven")),
        );
      }
    }
    expect(shape(serverRouter.matchRoutes(patchedTree, "/werkplek/huishoudens/12/behoeften/7"))?.at(-1)).toEqual({
      id: "behoefte",
      params: { householdId: "12", needId: "7" },
      pathname: "/werkplek/huishoudens/12/behoeften/7",
      pathnameBase: "/werkplek/huishoudens/12/behoeften/7",
    });
  });

  it("hands each caller its own copy, so a change to one answer never reaches the next", () => {
    const tree = routes();
    const first = serverRouter.matchRoutes(tree, "/werkplek/huishoudens/12")!;
    (first[0]!.params as Record<string, string>).householdId = "999";
    first.pop();
    (first as { pathname?: string }[]).forEach((match) => (match.pathname = "/ander"));
    const second = serverRouter.matchRoutes(tree, "/werkplek/huishoudens/12")!;
    expect(second.map((match) => match.route.id)).toEqual(["root", "werkplek", "huishouden"]);
    expect(second.every((match) => match.params.householdId === "12")).toBe(true);
    expect(second.at(-1)!.pathname).toBe("/werkplek/huishoudens/12");
    // One params object for the whole answer, as the unpatched router gives.
    expect(second[0]!.params).toBe(second.at(-1)!.params);
  });

  it("keeps answering right after more distinct paths than it remembers", () => {
    const tree = routes();
    for (let i = 0; i < 2_500; i++) expect(serverRouter.matchRoutes(tree, `/initiatieven/listing-${i}`)!.at(-1)!.params.slug).toBe(`listing-${i}`);
    expect(shape(serverRouter.matchRoutes(tree, "/wijken/overvecht"))).toEqual(shape(unpatched.matchRoutes(routes(), "/wijken/overvecht")));
  });

  it("sees a new route tree as new", () => {
    const tree = routes();
    expect(serverRouter.matchRoutes(tree, "/extra")!.at(-1)!.route.id).toBe("not-found");
    const changed = routes();
    changed[0]!.children!.unshift({ id: "extra", path: "extra" });
    expect(serverRouter.matchRoutes(changed, "/extra")!.at(-1)!.route.id).toBe("extra");
  });
});
