import "./letter.css";
import { formatChineseDate, type Letter } from "@/lib/letters";

/**
 * A letter (文书) in the official layout: title, number, addressee, body, tables, the remedy
 * clause, the issuing agency and the date. The staff workbench and the applicant's pages render
 * the same stored structure, so both read exactly what was issued.
 */
export function LetterView({ letter }: { letter: Letter }) {
  return (
    <article className="letter" aria-labelledby="letter-title">
      <h1 id="letter-title" className="letter-title">
        {letter.title}
      </h1>
      {letter.number ? <p className="letter-number">{letter.number}</p> : null}
      <p className="letter-addressee">{letter.addressee}：</p>
      {letter.refersTo ? <p className="letter-paragraph">（本文书更正{letter.refersTo}）</p> : null}
      {letter.paragraphs.map((paragraph, index) => (
        <p key={index} className="letter-paragraph">
          {paragraph}
        </p>
      ))}
      {(letter.tables ?? []).map((table) => (
        <table key={table.caption} className="letter-table">
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {(letter.remedy ?? []).map((remedy, index) => (
        <p key={index} className="letter-paragraph letter-remedy">
          {remedy.text}
        </p>
      ))}
      <div className="letter-signature">
        <p>{letter.signature}</p>
        <p>
          <time dateTime={letter.date}>{formatChineseDate(letter.date)}</time>
        </p>
      </div>
    </article>
  );
}
