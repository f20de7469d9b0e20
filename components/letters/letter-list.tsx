import Link from "next/link";

export interface LetterListItem {
  id: string;
  title: string;
  number: string | null;
  issuedOn: string;
  /** Staff only: a letter the applicant does not see (to a third party or another agency). */
  internal?: boolean;
}

/** The letters of an application, newest last, each linking to its printable page. */
export function LetterList({ letters, hrefOf }: { letters: LetterListItem[]; hrefOf: (id: string) => string }) {
  if (letters.length === 0) return <p className="muted">尚未出具文书。</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">文书</th>
          <th scope="col">文号</th>
          <th scope="col">出具日期</th>
        </tr>
      </thead>
      <tbody>
        {letters.map((letter) => (
          <tr key={letter.id}>
            <td>
              <Link href={hrefOf(letter.id)}>{letter.title}</Link>
              {letter.internal ? <span className="muted">（致第三方或其他机关，申请人不可见）</span> : null}
            </td>
            <td>{letter.number ?? "—"}</td>
            <td>{letter.issuedOn}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
