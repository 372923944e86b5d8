-- A need keeps the BCP 47 tag its state gave, which may run to 35 characters (assessments' need.language, the event
-- schema): varchar(8) refused a tag with a script and a region, and the submission could not be stored.
alter table need alter column language type varchar(35);
