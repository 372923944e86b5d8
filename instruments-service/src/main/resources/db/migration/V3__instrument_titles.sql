-- The official titles of the instruments in the other UN languages (catalogue/instrument-titles.json, each with its
-- source), searchable each under its own language's text-search configuration. PostgreSQL has none for Chinese,
-- which has no spaces between words: its titles (and queries) are indexed as overlapping pairs of characters.

-- Overlapping character pairs of the letters and digits of a text ("制止恐怖" -> "制止 止恐 恐怖"); immutable, so that a
-- generated column can use it.
create function character_bigrams(t text) returns text
    language sql immutable parallel safe
    as $$
        select case when length(s) < 2 then s
                    else (select string_agg(substr(s, i, 2), ' ' order by i) from generate_series(1, length(s) - 1) i)
               end
        from (select regexp_replace(coalesce(t, ''), '[[:space:][:punct:]（）《》「」，。、；：]', '', 'g') as s) c
    $$;

create table instrument_title (
    slug        varchar(120) not null references instrument (slug) on delete cascade,
    language    varchar(8)   not null check (language in ('ar', 'zh', 'fr', 'ru', 'es')),
    title       text         not null,
    source_url  text         not null,
    source_name text,
    primary key (slug, language),
    search      tsvector generated always as (case language
        when 'fr' then to_tsvector('french', title)
        when 'es' then to_tsvector('spanish', title)
        when 'ru' then to_tsvector('russian', title)
        when 'ar' then to_tsvector('arabic', title)
        else to_tsvector('simple', character_bigrams(title)) end) stored
);
create index instrument_title_search on instrument_title using gin (search);

-- A search text as a query under the configuration of a title's language (Chinese as character pairs, all required).
create function title_query(language text, q text) returns tsquery
    language sql stable parallel safe
    as $$
        select case language
            when 'fr' then websearch_to_tsquery('french', q)
            when 'es' then websearch_to_tsquery('spanish', q)
            when 'ru' then websearch_to_tsquery('russian', q)
            when 'ar' then websearch_to_tsquery('arabic', q)
            else plainto_tsquery('simple', character_bigrams(q)) end
    $$;
