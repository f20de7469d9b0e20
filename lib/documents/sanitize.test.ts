import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeBody } from "./sanitize";

describe("sanitizeBody", () => {
  it("drops scripts, event handlers and dangerous links but keeps the text and structure", () => {
    const html = sanitizeBody(
      '<h2>一、总体情况</h2><p onclick="steal()">正文<script>alert(1)</script></p><a href="javascript:alert(1)">链接</a><iframe src="//x"></iframe><img src=x onerror=alert(1)>',
    );
    expect(html).toBe("<h2>一、总体情况</h2><p>正文</p><a href>链接</a>");
  });

  it("keeps web links, tables and safe paragraph styles", () => {
    expect(sanitizeBody('<p style="text-indent:2em;position:fixed">段落</p><a href="https://www.gov.cn/">中国政府网</a>')).toBe(
      '<p style="text-indent:2em;">段落</p><a href="https://www.gov.cn/">中国政府网</a>',
    );
    expect(sanitizeBody("<table><tr><td colspan=\"2\">合计</td></tr></table>")).toBe('<table><tr><td colspan="2">合计</td></tr></table>');
  });

  it("turns plain text into escaped paragraphs", () => {
    expect(sanitizeBody("第一段 <不是标签\n\n第二段")).toBe("<p>第一段 &lt;不是标签</p>\n<p>第二段</p>");
  });
});

describe("htmlToText", () => {
  it("gives the readable text of the body", () => {
    expect(htmlToText("<h2>标题</h2><p>甲&amp;乙</p><ul><li>一</li><li>二</li></ul>")).toBe("标题\n甲&乙\n一\n二");
  });
});
