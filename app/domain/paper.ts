/** How many matches the printed list shows: enough to choose from, short enough for one or two pages. */
export const PRINTED_MATCHES = 5;
