/** The open data may be read from any site (the API, its preflight and the calendar feeds). */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since, Accept",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, RateLimit, RateLimit-Policy",
} as const;
