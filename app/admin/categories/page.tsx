import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/session";
import { buildCategoryTree, listAgencyCategories } from "@/lib/documents/categories";
import { CategoryManager } from "@/components/admin/category-manager";
import "@/components/catalogue/catalogue.css";

export const metadata: Metadata = { title: "目录分类管理" };

export default async function CategoriesPage() {
  const actor = await requireRole(["admin"], "/admin/categories");
  const rows = actor.agencyId ? await listAgencyCategories(await getDb(), actor.agencyId) : [];
  return (
    <>
      <h1>目录分类管理</h1>
      <p className="muted">停用的分类不再出现在公开目录和发布表单中，其下已发布的文件仍可检索和查阅。</p>
      <CategoryManager tree={buildCategoryTree(rows, { includeRetired: true })} />
    </>
  );
}
