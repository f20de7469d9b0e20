import type { CategoryNode } from "@/lib/documents/categories";

/** The category tree as plain links (see DocumentTable); the current branch is marked. */
export function CategoryNav({
  nodes,
  current,
  hrefFor,
}: {
  nodes: CategoryNode[];
  current: string;
  hrefFor: (code: string) => string;
}) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <a href={hrefFor(node.code)} aria-current={node.code === current ? "page" : undefined}>
            {node.name}
          </a>
          {node.children.length ? <CategoryNav nodes={node.children} current={current} hrefFor={hrefFor} /> : null}
        </li>
      ))}
    </ul>
  );
}
