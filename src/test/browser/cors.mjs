// A single-page app on another origin calls the API with a person's access token (a JWT), in
// headless Chromium: the page from the listed origin lists the stages, the same page from an
// origin that is not listed is blocked by the browser (no CORS headers).
// Environment: BASE_URL (the service), JWT, LISTED_PORT, OTHER_PORT, CHROMIUM (optional).
import { createServer } from "node:http";
import { chromium } from "playwright-core";

const page = `<!doctype html><title>admin app</title><script>
  window.result = fetch(${JSON.stringify(process.env.BASE_URL + "/api/v3/stages/password/")},
    { headers: { Authorization: "Bearer ${process.env.JWT}" } })
    .then(async (response) => {
      const body = await response.json();
      return { status: response.status, count: body.pagination?.count, body };
    })
    .catch((error) => ({ blocked: String(error) }));
</script>`;

function serve(port) {
  const server = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html" });
    response.end(page);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const servers = [await serve(Number(process.env.LISTED_PORT)), await serve(Number(process.env.OTHER_PORT))];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
let exitCode = 1;
try {
  const results = {};
  for (const [name, port] of [["listed", process.env.LISTED_PORT], ["other", process.env.OTHER_PORT]]) {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    results[name] = await tab.evaluate(() => window.result);
  }
  console.log(JSON.stringify(results));
  const listed = results.listed.status === 200 && results.listed.count >= 1;
  const blocked = typeof results.other.blocked === "string" && results.other.status === undefined;
  exitCode = listed && blocked ? 0 : 1;
} finally {
  await browser.close();
  servers.forEach((server) => server.close());
}
process.exit(exitCode);
