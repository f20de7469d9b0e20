import type { CategoryNode } from "@/lib/documents/categories";

/** The tree as select options, children indented under their parent. */
export function categoryOptions(nodes: CategoryNode[], depth = 0): { code: string; label: string }[] {
  return nodes.flatMap((node) => [
    { code: node.code, label: `${"　".repeat(depth)}${depth ? "└ " : ""}${node.name}` },
    ...categoryOptions(node.children, depth + 1),
  ]);
}
