import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";

export default async function AdminHomePage() {
  await requireRole(["admin"], "/admin");
  redirect("/admin/users");
}
