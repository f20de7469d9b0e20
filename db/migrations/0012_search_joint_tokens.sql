-- Search tokens across the boundary of a Latin/digit run and a Han character ("27号", "第27",
-- "2024年"), as lib/documents/search-tokens.ts builds them from now on: added to every stored vector
-- with the best weight of the fields they occur in (A title; B 文号, 索引号, 主题词; C 内容概述; D body),
-- the fields and normalisation (NFKC, lower case) of buildSearchVector. The vectors held every other
-- token already. A run is letters and digits other than Han ([[:alnum:]] is Unicode-aware on UTF-8
-- databases, PostgreSQL and PGlite alike); the first pattern finds a run with the Han character after
-- it, the second the Han character before a run (two passes: the two joins of 第27号 overlap).
with fields as (
  select d.id, f.weight, lower(normalize(f.text, NFKC)) as text
  from documents d
  cross join lateral (
    values ('A', d.title), ('B', concat_ws(' ', d.doc_number, d.index_number, d.keywords)), ('C', d.summary), ('D', d.body_text)
  ) as f(weight, text)
),
joined as (
  select fields.id, m[1] || m[2] as token, fields.weight
  from fields, regexp_matches(fields.text, '((?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[[:alnum:]])+)([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])', 'g') as m
  union all
  select fields.id, m[1] || m[2], fields.weight
  from fields, regexp_matches(fields.text, '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])((?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[[:alnum:]])+)', 'g') as m
),
best as (
  -- Tokens longer than 64 characters are not kept (MAX_TOKEN_LENGTH). Runs hold no quote or backslash.
  select id, token, min(weight) as weight from joined where length(token) <= 64 group by id, token
),
added as (
  select id, string_agg('''' || token || ''':1' || weight, ' ') as literal from best group by id
)
update documents d
set search_tokens = (d.search_tokens::text || ' ' || added.literal)::tsvector
from added
where added.id = d.id;
