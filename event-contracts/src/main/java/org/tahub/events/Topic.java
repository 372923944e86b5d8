package org.tahub.events;

/** The Kafka topics of TA Hub, their owners and their retention. */
public enum Topic {
    /** Catalogue entries (areas, activities, instruments, tools); key = code or slug; compacted, so the latest state
     * of every entry stays available to a consumer that joins late. */
    CATALOGUE("tahub.catalogue.v1", true, "instruments-service"),
    /** Assessment lifecycle; key = ISO3. */
    ASSESSMENTS("tahub.assessments.v1", false, "assessments-service"),
    /** Matching and engagements; key = ISO3. */
    MATCHING("tahub.matching.v1", false, "matching-service"),
    /** Match proposals, one record per proposal; key = the proposal's id; compacted, so the topic is the table of
     * every proposal as it last stood (proposed or changed by a round, or withdrawn), readable from the beginning by a
     * consumer that joins late. */
    PROPOSALS("tahub.matching.proposals.v1", true, "matching-service"),
    /** Matching's own work: one request per state for a round of its assessments; key = ISO3, so that the instances
     * of matching-service share the states between them (one partition each) and a state's rounds keep their order.
     * Read by matching-service alone. */
    ROUNDS("tahub.matching.rounds.v1", false, "matching-service");

    private final String topicName;
    private final boolean compacted;
    private final String owner;

    Topic(String topicName, boolean compacted, String owner) {
        this.topicName = topicName;
        this.compacted = compacted;
        this.owner = owner;
    }

    public String topicName() {
        return topicName;
    }

    public boolean compacted() {
        return compacted;
    }

    /** The service that publishes on this topic (besides it, only the gateway writes to it, replaying dead letters). */
    public String owner() {
        return owner;
    }
}
