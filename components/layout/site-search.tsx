/** The site search box of every page (《政府网站发展指引》: 站内搜索): a plain GET form onto the catalogue's search. */
export function SiteSearch() {
  return (
    <form className="site-search" action="/catalogue" method="get" role="search" aria-label="全站搜索">
      <label htmlFor="site-search-q" className="visually-hidden">
        搜索政府信息
      </label>
      <input id="site-search-q" name="q" type="search" placeholder="搜索政府信息" maxLength={100} required />
      <button type="submit">搜索</button>
    </form>
  );
}
