import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

/** Creation time in milliseconds, set by the database so seeds and models agree. */
export const createdAt = () =>
  integer({ mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const timestamp = () => integer({ mode: "timestamp_ms" });

export const flag = () => integer({ mode: "boolean" }).notNull().default(false);

/** Yes, no, or not known (null): for facts a listing must not claim unless someone said so. */
export const answer = () => integer({ mode: "boolean" });
