import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface User {
    role: Role;
    agencyId: string | null;
    sessionVersion: number;
  }
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; agencyId: string | null; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    role: Role;
    agencyId: string | null;
    sessionVersion: number;
  }
}
