import type { Metadata } from "next";
import { DisplayModeToggle } from "@/components/layout/display-mode-toggle";
import { ReadAloud } from "@/components/layout/read-aloud";

export const metadata: Metadata = { title: "无障碍说明" };

/**
 * 无障碍 entry: what the site offers for older and disabled visitors (《互联网应用适老化及无障碍改造专项行动方案》,
 * GB/T 37668), with the switches themselves.
 */
export default function AccessibilityPage() {
  return (
    <>
      <h1>无障碍说明</h1>
      <section className="panel" aria-labelledby="a11y-modes">
        <h2 id="a11y-modes">显示方式</h2>
        <p>以下设置保存在本浏览器中，每个页面顶部也有同样的开关，再按一次即可恢复。</p>
        <ul className="mode-list">
          <li>
            <DisplayModeToggle mode="large-text" withDescription />
            ：文字放大到 1.25 倍，行距加大，按钮和链接的点击区域不小于 44 像素，表格改为分行显示。
          </li>
          <li>
            <DisplayModeToggle mode="high-contrast" withDescription />
            ：适合弱视或在强光下阅读，所有文字与背景的对比度不低于 7:1。
          </li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="a11y-read">
        <h2 id="a11y-read">朗读</h2>
        <p>浏览器支持语音朗读时，页面顶部显示“朗读本页”，按下后朗读正文，再按一次停止。朗读由浏览器在本机完成，不向任何网站发送内容。</p>
        <p>
          <ReadAloud />
        </p>
      </section>
      <section className="panel" aria-labelledby="a11y-keyboard">
        <h2 id="a11y-keyboard">键盘和读屏软件</h2>
        <ul>
          <li>按 Tab 键依次移动到链接、按钮和输入框，当前位置有明显的焦点框；每页第一个链接“跳到正文”可越过页头。</li>
          <li>页面标题、栏目导航和表格都有读屏软件可识别的标记；当前栏目会读出“当前页面”。</li>
          <li>表单的每个输入框都有文字标签，出错时在页面顶部列出错误并链接到对应的输入框。</li>
          <li>使用浏览器的缩放（Ctrl 和 + 键）放大到 200%，页面内容不会被遮挡，也不需要左右滚动。</li>
        </ul>
        <p>如在使用中遇到障碍，请通过页面底部的“联系我们”告诉我们，我们会尽快改进。</p>
      </section>
    </>
  );
}
