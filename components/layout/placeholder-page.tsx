/** A column entry whose content arrives with a later release: says so plainly. */
export function PlaceholderPage({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <section className="panel">
        {children ?? <p>本栏目内容正在建设中，敬请关注。如需获取政府信息，可通过“依申请公开”提出申请。</p>}
      </section>
    </>
  );
}
