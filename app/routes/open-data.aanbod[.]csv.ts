import { directoryCsvResponse } from "~/models/open-data/csv.server";

/** The whole public directory as CSV (UTF-8 with BOM, semicolons). */
export const loader = () => directoryCsvResponse();
