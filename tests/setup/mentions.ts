import type Database from "better-sqlite3";

/**
 * Every `table.column` of the database in which `needle` appears, any column read as text: the
 * proof that erased data left nothing behind. Shared by the unit tests and the e2e journeys.
 */
export function columnsMentioning(sqlite: Database.Database, needle: string): string[] {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[])
      .filter(
        (column) =>
          (sqlite.prepare(`SELECT count(*) AS n FROM "${name}" WHERE instr(CAST("${column.name}" AS TEXT), ?) > 0`).get(needle) as { n: number }).n > 0,
      )
      .map((column) => `${name}.${column.name}`),
  );
}
