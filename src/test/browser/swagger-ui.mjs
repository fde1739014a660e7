// Opens the service's Swagger UI in headless Chromium, authorises with a bearer token, runs
// "Try it out" on the create operation with the README's example body and expects a 201.
// Environment: BASE_URL (e.g. http://localhost:8080), TOKEN, SCREENSHOT (a .png path), CHROMIUM (optional).
import { chromium } from "playwright-core";

const base = process.env.BASE_URL;
const token = process.env.TOKEN;
const screenshot = process.env.SCREENSHOT ?? "swagger-ui-create.png";
const name = `swagger-ui-${Date.now()}`;
const body = {
  name,
  flow_set: [{
    name: "Default authentication", slug: `${name}-flow`, title: "Welcome", designation: "authentication",
    policy_engine_mode: "all", compatibility_mode: true, layout: "stacked", denied_action: "message_continue",
  }],
  backends: ["authentik.core.auth.InbuiltBackend"], configure_flow: null,
  failed_attempts_before_cancel: 0, allow_show_password: true,
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let exitCode = 1;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await page.goto(`${base}/api/v3/swagger-ui.html`);
  await page.waitForSelector("#operations-stages-stages_password_create", { timeout: 30000 });

  await page.click("button.authorize");
  await page.fill(".modal-ux input", token);
  await page.click(".modal-ux .auth-btn-wrapper button.authorize");
  await page.click(".modal-ux .auth-btn-wrapper button.btn-done");

  const operation = page.locator("#operations-stages-stages_password_create");
  await operation.locator(".opblock-summary").first().click();
  await operation.locator("button.try-out__btn").click();
  await operation.locator("textarea.body-param__text").fill(JSON.stringify(body, null, 2));
  await operation.locator("button.execute").click();

  const status = operation.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 30000 });
  const code = (await status.innerText()).trim();
  const responseBody = await operation.locator(".live-responses-table .response-col_description pre").first().innerText();
  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`status ${code}; screenshot ${screenshot}`);
  console.log(responseBody.slice(0, 400));
  if (code === "201" && responseBody.includes(`"name": "${name}"`)) {
    exitCode = 0;
  }
} finally {
  await browser.close();
}
process.exit(exitCode);
