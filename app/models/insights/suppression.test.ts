import { describe, expect, it } from "vitest";
import { createRng } from "~db/seed/data/random";
import { protectTable, protectTables, protectedMedian, shareOf, type ProtectedTable, type ShownCount } from "./suppression";

const count = (value: number): ShownCount => ({ kind: "count", value });
const small: ShownCount = { kind: "small" };

/**
 * Every value a reader could hold for each hidden number, found by trying every table that fits
 * what is shown: hidden small counts 0–4, withheld counts 5–`cap`, totals as shown.
 */
function possibleValues(counts: number[][], table: ProtectedTable, cap: number): Set<number>[] {
  const rows = counts.length;
  const cols = counts[0]!.length;
  const fits = (shown: ShownCount, value: number) => (shown.kind === "count" ? shown.value === value : shown.kind === "small" ? value < 5 : value >= 5);
  const cells = table.cells.flat();
  const values = cells.map((c) => (c.kind === "count" ? c.value : 0));
  const hiddenCells = cells.map((c, i) => (c.kind === "count" ? -1 : i)).filter((i) => i >= 0);
  const slots: { shown: ShownCount; value: () => number }[] = [];
  const cell = (i: number, j: number) => values[i * cols + j]!;
  const rowSum = (i: number) => Array.from({ length: cols }, (_, j) => cell(i, j)).reduce((a, b) => a + b, 0);
  const colSum = (j: number) => Array.from({ length: rows }, (_, i) => cell(i, j)).reduce((a, b) => a + b, 0);
  cells.forEach((shown, k) => slots.push({ shown, value: () => values[k]! }));
  table.rowTotals?.forEach((shown, i) => slots.push({ shown, value: () => rowSum(i) }));
  table.columnTotals?.forEach((shown, j) => slots.push({ shown, value: () => colSum(j) }));
  if (table.total) slots.push({ shown: table.total, value: () => values.reduce((a, b) => a + b, 0) });
  const possible = slots.map(() => new Set<number>());
  const search = (n: number) => {
    if (n === hiddenCells.length) {
      if (slots.every((s) => fits(s.shown, s.value()))) slots.forEach((s, k) => possible[k]!.add(s.value()));
      return;
    }
    const k = hiddenCells[n]!;
    const [lo, hi] = cells[k]!.kind === "small" ? [0, 4] : [5, cap];
    for (let v = lo; v <= hi; v++) {
      values[k] = v;
      search(n + 1);
    }
  };
  search(0);
  return slots.filter((s) => s.shown.kind !== "count").map((s) => possible[slots.indexOf(s)]!);
}

describe("protectTable", () => {
  it("the subtraction case: a small count cannot be worked out from a shown total", () => {
    // 2 + 10 + 12 = 24: showing 10, 12 and 24 would give the 2 away.
    const table = protectTable([[2, 10, 12]], { rowTotals: true });
    expect(table.cells[0]![0]).toEqual(small);
    expect(table.rowTotals![0]).toEqual(count(24));
    // The smallest other count is withheld too, so 24 − 12 is the sum of two hidden numbers.
    expect(table.cells[0]![1]).toEqual({ kind: "withheld" });
    expect(table.cells[0]![2]).toEqual(count(12));
    for (const values of possibleValues([[2, 10, 12]], table, 30)) expect(values.size).toBeGreaterThan(1);
  });

  it("two small counts whose sum would pin both (4 + 4 = 8) are protected as well", () => {
    const table = protectTable([[4, 4, 20]], { rowTotals: true });
    for (const values of possibleValues([[4, 4, 20]], table, 30)) expect(values.size).toBeGreaterThan(1);
    expect(table.cells[0]).toEqual([small, small, { kind: "withheld" }]);
  });

  it("withholds the total when nothing else is left to hide", () => {
    const table = protectTable([[4, 4]], { rowTotals: true });
    expect(table.cells[0]).toEqual([small, small]);
    expect(table.rowTotals![0]).toEqual({ kind: "withheld" });
  });

  it("leaves a table without small counts untouched", () => {
    const table = protectTable(
      [
        [5, 6],
        [7, 8],
      ],
      { rowTotals: true, columnTotals: true, total: true },
    );
    expect(table.cells).toEqual([
      [count(5), count(6)],
      [count(7), count(8)],
    ]);
    expect(table.rowTotals).toEqual([count(11), count(15)]);
    expect(table.columnTotals).toEqual([count(12), count(14)]);
    expect(table.total).toEqual(count(26));
  });

  it("never lets a hidden number be pinned, in random lines and small two-way tables", () => {
    const rng = createRng(42);
    for (let round = 0; round < 150; round++) {
      const width = rng.int(1, 4);
      const line = [Array.from({ length: width }, () => (rng.chance(0.5) ? rng.int(0, 4) : rng.int(5, 9)))];
      const table = protectTable(line, { rowTotals: true });
      for (const values of possibleValues(line, table, 30)) expect(values.size, JSON.stringify(line)).toBeGreaterThan(1);
    }
    for (let round = 0; round < 40; round++) {
      const grid = Array.from({ length: 2 }, () => Array.from({ length: 2 }, () => (rng.chance(0.5) ? rng.int(0, 4) : rng.int(5, 7))));
      const table = protectTable(grid, { rowTotals: true, columnTotals: true, total: true });
      for (const values of possibleValues(grid, table, 30)) expect(values.size, JSON.stringify(grid)).toBeGreaterThan(1);
    }
  });

  it("without totals only small counts are hidden", () => {
    const table = protectTable([
      [0, 3, 50],
      [9, 1, 5],
    ]);
    expect(table.cells).toEqual([
      [small, small, count(50)],
      [count(9), small, count(5)],
    ]);
    expect(table.rowTotals).toBeNull();
  });

  it("refuses ragged rows and numbers that are not counts", () => {
    expect(() => protectTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => protectTable([[1, -2]])).toThrow(RangeError);
    expect(() => protectTable([[1, Number.NaN]])).toThrow(RangeError);
    expect(protectTable([])).toEqual({ cells: [], rowTotals: null, columnTotals: null, total: null });
  });
});

describe("shares and medians", () => {
  it("gives a share only when both numbers are shown", () => {
    expect(shareOf(count(5), count(20))).toBe(0.25);
    expect(shareOf(small, count(20))).toBeNull();
    expect(shareOf(count(5), { kind: "withheld" })).toBeNull();
    expect(shareOf(count(0), count(0))).toBeNull();
  });

  it("gives a median only for groups of five or more", () => {
    expect(protectedMedian([1, 2, 3, 4])).toBeNull();
    expect(protectedMedian([5, 1, 4, 2, 3])).toBe(3);
    expect(protectedMedian([1, 2, 3, 4, 5, 6])).toBe(3.5);
  });
});

/**
 * Every value a reader could hold for each hidden cell of several tables shown together, knowing
 * each table's shown totals and that the given cell sets add up to the same amount.
 */
function possibleAcross(tables: ProtectedTable[], sameSums: [table: number, row: number, column: number][][][], cap: number): Set<number>[] {
  const hidden: { t: number; r: number; c: number; lo: number; hi: number }[] = [];
  tables.forEach((table, t) =>
    table.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.kind !== "count") hidden.push({ t, r, c, ...(cell.kind === "small" ? { lo: 0, hi: 4 } : { lo: 5, hi: cap }) });
      }),
    ),
  );
  const value = (t: number, r: number, c: number, guess: number[]) => {
    const cell = tables[t]!.cells[r]![c]!;
    return cell.kind === "count" ? cell.value : guess[hidden.findIndex((h) => h.t === t && h.r === r && h.c === c)]!;
  };
  const fits = (shown: ShownCount, v: number) => (shown.kind === "count" ? shown.value === v : shown.kind === "small" ? v < 5 : v >= 5);
  const possible = hidden.map(() => new Set<number>());
  const guess: number[] = [];
  const search = (n: number) => {
    if (n === hidden.length) {
      const tablesFit = tables.every(
        (table, t) =>
          (table.rowTotals ?? []).every((shown, r) =>
            fits(
              shown,
              table.cells[r]!.reduce((s, _, c) => s + value(t, r, c, guess), 0),
            ),
          ) &&
          (table.columnTotals ?? []).every((shown, c) =>
            fits(
              shown,
              table.cells.reduce((s, _, r) => s + value(t, r, c, guess), 0),
            ),
          ),
      );
      const sumsFit = sameSums.every((group) => new Set(group.map((set) => set.reduce((s, [t, r, c]) => s + value(t, r, c, guess), 0))).size === 1);
      if (tablesFit && sumsFit) guess.forEach((v, k) => possible[k]!.add(v));
      return;
    }
    for (let v = hidden[n]!.lo; v <= hidden[n]!.hi; v++) {
      guess[n] = v;
      search(n + 1);
    }
  };
  search(0);
  return possible;
}

describe("protectTables: numbers shown in different tables on one page", () => {
  it("a total in one table and its parts in another: the small part stays hidden", () => {
    // Referrals sent per organisation (column total 24) and the same referrals per month (2, 10, 12).
    const perOrganisation = [[9], [15]];
    const perMonth = [[2], [10], [12]];
    const alone = [protectTable(perOrganisation, { columnTotals: true }), protectTable(perMonth)];
    // Protected one by one, 24 − 10 − 12 gives the 2 away.
    expect(alone[0]!.columnTotals).toEqual([count(24)]);
    expect(alone[1]!.cells.flat()).toEqual([small, count(10), count(12)]);

    const sameSums = [[[{ table: 0, columnTotal: 0 }], [0, 1, 2].map((row) => ({ table: 1, row, column: 0 }))]];
    const together = protectTables([{ counts: perOrganisation, wanted: { columnTotals: true } }, { counts: perMonth }], sameSums);
    expect(together[1]!.cells[0]).toEqual([small]);
    // What the reader sees in both tables leaves more than one value for every hidden number.
    const monthCells: [number, number, number][] = [0, 1, 2].map((row) => [1, row, 0]);
    const organisationCells: [number, number, number][] = [0, 1].map((row) => [0, row, 0]);
    for (const values of possibleAcross(together, [[organisationCells, monthCells]], 40)) expect(values.size).toBeGreaterThan(1);
  });

  it("two tables splitting the same households differently: no hidden count comes out of the other table", () => {
    // Households whose score improved, per life domain (3, 8, 9) and per kind of activity (6, 14).
    const perDomain = [[3], [8], [9]];
    const perKind = [[6], [14]];
    const alone = [protectTable(perDomain), protectTable(perKind)];
    expect(alone[0]!.cells.flat()).toEqual([small, count(8), count(9)]);
    expect(alone[1]!.cells.flat()).toEqual([count(6), count(14)]); // 6 + 14 − 8 − 9 = 3

    const domainCells: [number, number, number][] = [0, 1, 2].map((row) => [0, row, 0]);
    const kindCells: [number, number, number][] = [0, 1].map((row) => [1, row, 0]);
    const toRefs = (cells: [number, number, number][]) => cells.map(([table, row, column]) => ({ table, row, column }));
    const together = protectTables([{ counts: perDomain }, { counts: perKind }], [[toRefs(domainCells), toRefs(kindCells)]]);
    expect(together[0]!.cells[0]).toEqual([small]);
    for (const values of possibleAcross(together, [[domainCells, kindCells]], 40)) expect(values.size).toBeGreaterThan(1);
  });

  it("leaves sums that do not agree unlinked, and refuses a number no table shows", () => {
    const apart = protectTables([{ counts: [[2], [10]] }, { counts: [[30]] }], [[[{ table: 0, row: 0, column: 0 }], [{ table: 1, row: 0, column: 0 }]]]);
    expect(apart[1]!.cells[0]).toEqual([count(30)]);
    expect(() => protectTables([{ counts: [[7]] }], [[[{ table: 3, row: 0, column: 0 }]]])).toThrow(RangeError);
    expect(() => protectTables([{ counts: [[7]] }], [[[{ table: 0, columnTotal: 0 }]]])).toThrow(RangeError);
  });
});
