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

describe("safe links in the body", () => {
  // Chromium reads `\` as `/` and drops tabs and line breaks inside a URL, so each of these is a
  // protocol-relative link to another site and must lose its target.
  it.each([
    ["/\\evil.example/"],
    ["\\\\evil.example"],
    ["/&#92;evil.example/"],
    ["/&#x5c;evil.example/"],
    ["/%5Cevil.example/"],
    ["/%5cevil.example/"],
    ["/\t/evil.example/"],
    ["/\n/evil.example/"],
    ["/&#9;/evil.example/"],
    ["/&bsol;evil.example/"],
    ["/&#92evil.example/"],
    [" //evil.example/"],
    ["java\tscript:alert(1)"],
  ])("drops the target of %j", (href) => {
    expect(sanitizeBody(`<p><a href="${href}">链接</a></p>`)).toBe("<p><a href>链接</a></p>");
  });

  it("keeps in-site paths, fragments and web links, written back escaped", () => {
    expect(sanitizeBody('<a href="/documents/1?a=1&amp;b=2">甲</a>')).toBe('<a href="/documents/1?a=1&amp;b=2">甲</a>');
    expect(sanitizeBody('<a href="#第二条">乙</a>')).toBe('<a href="#第二条">乙</a>');
    expect(sanitizeBody('<a href="https://www.gov.cn/a\\b">丙</a>')).toBe('<a href="https://www.gov.cn/a/b">丙</a>');
    expect(sanitizeBody('<a href="/a%5Cb">丁</a>')).toBe('<a href="/a%5Cb">丁</a>');
  });
});
