-- A statement that holds several needs (a paragraph of a national report) is kept as several needs, one per part,
-- each with the span of the statement's text it came from; the statement's own id names them all.
alter table need add column statement_id varchar(32);
alter table need add column span_start integer;
alter table need add column span_end integer;
alter table need add column language varchar(8);
alter table need add constraint need_span check (span_start is null or (span_start >= 0 and span_end > span_start));
