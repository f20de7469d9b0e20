import { getDb } from "@/db/client";
import { issueChallenge } from "@/lib/anti-bot/proof-of-work";
import { json, route } from "@/lib/http/api";
import { getSecret } from "@/lib/secrets";

/** A fresh signed proof-of-work challenge for the web form (never cached). */
export const GET = route(async () => {
  const challenge = issueChallenge(await getSecret(await getDb(), "NEXTAUTH_SECRET"));
  return json(challenge, { headers: { "cache-control": "no-store" } });
});
