-- The inbox search vectors of the applications filed before 0014_clerk_desk (left empty there): built
-- as lib/applications/search-tokens.ts builds them (applicationSearchColumns → buildSearchVector of
-- lib/documents/search-tokens.ts), from the applicant's name (weight A) and each request item's
-- title, 文号, 索引号 and description (D), each field on its own, normalised (NFKC; Latin letters lower
-- case). Tokens: every Han character and pair of neighbours; every run of letters/digits other than
-- Han ([[:alnum:]] is Unicode-aware on UTF-8 databases, PostgreSQL and PGlite alike); a run joined to
-- the Han character touching it on either side (as 0012_search_joint_tokens.sql finds them); none
-- longer than 64 characters; each with its best weight. Applications with a vector are left alone.
with fields as (
  select a.id, 'A' as weight, lower(normalize(a.applicant_name, NFKC)) as text
  from applications a
  where a.search_tokens = ''::tsvector
  union all
  select r.application_id, 'D', lower(normalize(f.text, NFKC))
  from request_items r
  join applications a on a.id = r.application_id and a.search_tokens = ''::tsvector
  cross join lateral (values (r.title), (r.doc_number), (r.index_number), (r.description)) as f(text)
  where f.text is not null
),
han_runs as (
  select fields.id, fields.weight, m[1] as run
  from fields, regexp_matches(fields.text, '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)', 'g') as m
),
tokens as (
  select id, weight, substr(run, i, 1) as token from han_runs, generate_series(1, char_length(run)) as i
  union all
  select id, weight, substr(run, i, 2) from han_runs, generate_series(1, char_length(run) - 1) as i
  union all
  select fields.id, fields.weight, m[1]
  from fields, regexp_matches(fields.text, '((?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[[:alnum:]])+)', 'g') as m
  union all
  select fields.id, fields.weight, m[1] || m[2]
  from fields, regexp_matches(fields.text, '((?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[[:alnum:]])+)([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])', 'g') as m
  union all
  select fields.id, fields.weight, m[1] || m[2]
  from fields, regexp_matches(fields.text, '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])((?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[[:alnum:]])+)', 'g') as m
),
best as (
  -- Runs hold no quote or backslash: the literal needs no escaping.
  select id, token, min(weight) as weight from tokens where char_length(token) <= 64 group by id, token
),
built as (
  select id, string_agg('''' || token || ''':1' || weight, ' ') as literal from best group by id
)
update applications a
set search_tokens = built.literal::tsvector
from built
where built.id = a.id;
