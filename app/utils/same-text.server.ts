import { sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/** The same words, whatever the spacing or capitals: a double click or a resubmitted form. */
export const sameText = (column: SQLiteColumn, text: string) => sql`lower(trim(${column})) = lower(${text.trim()})`;
