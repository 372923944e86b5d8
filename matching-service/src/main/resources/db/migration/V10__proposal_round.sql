-- The round that last made, changed or withdrew a proposal, why and when. A round no longer writes one outbox row per
-- proposal it changed (a round over every state wrote 119,000, each parsed, checked and stored, then marked sent):
-- it writes one row naming itself, and the relay builds the proposals' records from the rows carrying its id
-- (messaging/ProposalRecords, docs/events.md "Proposal records"). No index: the relay finds a round's proposals
-- through match_proposal_need (assessment_id first), and an indexed round_id would end the HOT updates of V6.
alter table match_proposal
    add column round_id uuid,
    add column round_reason text,
    add column round_at timestamptz;
