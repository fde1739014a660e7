// An OpenID issuer for bench/jwt.sh: publishes its discovery document and RS256 key on PORT and
// writes one access token (an hour long, scope goauthentik.io/api, preferred_username USERNAME) to
// TOKEN_FILE. Node's own crypto; nothing to install.
import { createServer } from "node:http";
import { generateKeyPairSync, createSign } from "node:crypto";
import { writeFileSync } from "node:fs";

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;
const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: "jwk" }), kid: "bench", alg: "RS256", use: "sig" };
const b64 = (value) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const now = Math.floor(Date.now() / 1000);
const unsigned = `${b64({ alg: "RS256", kid: "bench", typ: "JWT" })}.${b64({
  iss: issuer, sub: "bench-client", aud: "passwordstage", iat: now, exp: now + 3600,
  scope: "openid goauthentik.io/api", preferred_username: process.env.USERNAME,
})}`;
const signature = createSign("RSA-SHA256").update(unsigned).sign(privateKey).toString("base64url");
writeFileSync(process.env.TOKEN_FILE, `${unsigned}.${signature}`);

createServer((request, response) => {
  const body = request.url.startsWith("/.well-known/openid-configuration")
    ? { issuer, jwks_uri: `${issuer}/jwks` } : { keys: [jwk] };
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}).listen(port, "127.0.0.1");
