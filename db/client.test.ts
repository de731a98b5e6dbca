import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";

function scratchDatabase() {
  const db = openDatabase(":memory:");
  db.$client.exec("create table things (id integer primary key, name text not null)");
  const insert = db.$client.prepare("insert into things (name) values (?)");
  for (const name of ["een", "twee", "drie"]) insert.run(name);
  return db.$client;
}

describe("statements reused by the connection", () => {
  it("compiles a text once and hands out the same statement, with the same results", () => {
    const sqlite = scratchDatabase();
    const first = sqlite.prepare("select name from things order by id");
    expect(sqlite.prepare("select name from things order by id")).toBe(first);
    expect(first.all()).toEqual([{ name: "een" }, { name: "twee" }, { name: "drie" }]);
    expect(sqlite.prepare("select name from things where id = ?").get(2)).toEqual({ name: "twee" });
  });

  it("switches off the modes a previous caller set", () => {
    const sqlite = scratchDatabase();
    const text = "select id, name from things where id = 1";
    expect(sqlite.prepare(text).pluck().get()).toBe(1);
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, name: "een" });
    expect(sqlite.prepare(text).raw().get()).toEqual([1, "een"]);
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, name: "een" });
    expect(sqlite.prepare(text).expand().get()).toEqual({ things: { id: 1, name: "een" } });
    expect(sqlite.prepare(text).all()).toEqual([{ id: 1, name: "een" }]);
  });

  it("does not hand out a statement an unfinished iterator holds", () => {
    const sqlite = scratchDatabase();
    const text = "select name from things order by id";
    const iterator = sqlite.prepare(text).iterate() as IterableIterator<{ name: string }>;
    expect(iterator.next().value).toEqual({ name: "een" });
    expect(sqlite.prepare(text).all()).toHaveLength(3);
    expect([...iterator].map((row) => row.name)).toEqual(["twee", "drie"]);
    expect(sqlite.prepare(text).all()).toHaveLength(3);
  });

  it("reuses writes too, and refuses bad SQL without keeping anything", () => {
    const sqlite = scratchDatabase();
    const insert = "insert into things (name) values (?)";
    sqlite.prepare(insert).run("vier");
    sqlite.prepare(insert).run("vijf");
    expect(sqlite.prepare("select count(*) from things").pluck().get()).toBe(5);
    expect(() => sqlite.prepare("select from nowhere")).toThrow();
    expect(() => sqlite.prepare("select from nowhere")).toThrow();
    expect(() => sqlite.prepare(42 as unknown as string)).toThrow(TypeError);
  });

  it("keeps working past its bound of distinct texts", () => {
    const sqlite = scratchDatabase();
    for (let i = 0; i < 2_500; i++) expect(sqlite.prepare(`select ${i} as n`).get()).toEqual({ n: i });
    expect(sqlite.prepare("select 7 as n").get()).toEqual({ n: 7 });
  });
});
