-- EventRetention deletes the ids of events processed longer ago than tahub.inbox.retention, oldest first, in
-- batches: by age, through this index, not by a scan of the whole table for each batch.
create index processed_event_age on processed_event (processed_at);
