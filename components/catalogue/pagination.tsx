
/** Page links that keep the other query parameters. */
export function Pagination({
  total,
  page,
  pageSize,
  basePath,
  params,
  hrefFor,
}: {
  total: number;
  page: number;
  pageSize: number;
  basePath: string;
  params: Record<string, string | undefined>;
  /** Where page n is, when it is not `basePath?…&page=n`. */
  hrefFor?: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => {
    if (hrefFor) return hrefFor(target);
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  const shown = Array.from(new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])).filter((n) => n >= 1 && n <= pages);
  return (
    <nav aria-label="分页" className="no-print">
      <ul className="pagination">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)}>上一页</a>
          </li>
        ) : null}
        {shown.map((n, i) => (
          <li key={n}>
            {i > 0 && n - shown[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={href(n)} aria-label={`第 ${n} 页`}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={href(page + 1)}>下一页</a>
          </li>
        ) : null}
        <li>
          <span className="muted">
            共 {pages} 页
          </span>
        </li>
      </ul>
    </nav>
  );
}
