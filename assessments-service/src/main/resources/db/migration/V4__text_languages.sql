-- The language of a need's text (BCP 47), as the state gave it or detected among the six UN languages. Answers and
-- statements keep theirs inside the assessment's JSON (writtenIn, narrativeWrittenIn).
alter table need add column language varchar(35);
