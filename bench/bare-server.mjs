// The baseline for throughput: plain node:http sending a fixed body (BODY_FILE) on every request.
import { readFileSync } from "node:fs";
import http from "node:http";

const body = readFileSync(process.env.BODY_FILE);
const headers = { "Content-Type": process.env.CONTENT_TYPE ?? "text/html", "Content-Length": body.length };
const server = http.createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
