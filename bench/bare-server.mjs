// The baseline for throughput: plain node:http sending fixed bodies. BODY_FILE is served on every
// path; with BODY_FILES (comma-separated), /0, /1, … send the first, second, … file.
import { readFileSync } from "node:fs";
import http from "node:http";

const files = process.env.BODY_FILES ? process.env.BODY_FILES.split(",") : [process.env.BODY_FILE];
const bodies = files.map((file) => readFileSync(file));
const type = process.env.CONTENT_TYPE ?? "text/html";
const server = http.createServer((request, response) => {
  const body = bodies[Number(request.url.slice(1)) || 0] ?? bodies[0];
  response.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
  response.end(body);
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
