import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { config } from "@/lib/config";
import { DomainError } from "@/lib/errors";
import { getSecret } from "@/lib/secrets";
import { authenticate, defaultLoginLimits } from "@/lib/users/authenticate";
import { endAllSessions } from "@/lib/users/sessions";
import { clientIp } from "./client-ip";
import { safeCallbackPath } from "./safe-redirect";

const SESSION_HOURS = 8; // a working day; staff sessions should not outlive it

let cached: Promise<NextAuthOptions> | undefined;

/** next-auth options. Async because the signing secret may live in the database (lib/secrets). */
export function getAuthOptions(): Promise<NextAuthOptions> {
  cached ??= buildAuthOptions().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function buildAuthOptions(): Promise<NextAuthOptions> {
  const db = await getDb();
  const secret = await getSecret(db, "NEXTAUTH_SECRET");
  // Outside production NEXTAUTH_URL may be unset (any port); production requires it (lib/config).
  if (!config().NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

  return {
    secret,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "账号密码",
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          try {
            const actor = await authenticate(
              await getDb(),
              credentials ?? {},
              clientIp(req.headers ?? {}),
              defaultLoginLimits(config().LOGIN_RATE_LIMIT),
            );
            return { id: actor.userId, name: actor.name, role: actor.role, agencyId: actor.agencyId, sessionVersion: actor.sessionVersion };
          } catch (error) {
            // next-auth passes the message to the client as `error`: only our Chinese sentences.
            if (error instanceof DomainError) throw new Error(error.message);
            console.error("login failed", error);
            throw new Error("登录暂时无法完成，请稍后再试。");
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.userId = user.id;
          token.role = user.role;
          token.agencyId = user.agencyId;
          token.sessionVersion = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: token.userId,
          role: token.role,
          agencyId: token.agencyId,
          sessionVersion: token.sessionVersion,
        };
        return session;
      },
      // Same-site targets only (no open redirect), resolved as a browser would (lib/auth/safe-redirect).
      redirect({ url, baseUrl }) {
        const path = safeCallbackPath(url, baseUrl);
        return path ? `${new URL(baseUrl).origin}${path}` : baseUrl;
      },
    },
    events: {
      // Signing out ends every session of the account, not only this browser's cookie (lib/users/sessions).
      async signOut({ token }) {
        if (token?.userId) await endAllSessions(await getDb(), token.userId);
      },
    },
  };
}
