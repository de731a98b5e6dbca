import { recordNewMigrations } from "./lock";

const added = recordNewMigrations();
console.log(added.length ? `Recorded new migrations: ${added.join(", ")}` : "No new migrations to record.");
