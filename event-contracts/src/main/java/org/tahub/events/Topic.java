package org.tahub.events;

/** The Kafka topics of TA Hub, their owners and their retention. */
public enum Topic {
    /** Catalogue entries (areas, activities, instruments, tools); key = code or slug; compacted, so the latest state
     * of every entry stays available to a consumer that joins late. */
    CATALOGUE("tahub.catalogue.v1", true),
    /** Assessment lifecycle; key = ISO3. */
    ASSESSMENTS("tahub.assessments.v1", false),
    /** Matching and engagements; key = ISO3. */
    MATCHING("tahub.matching.v1", false);

    private final String topicName;
    private final boolean compacted;

    Topic(String topicName, boolean compacted) {
        this.topicName = topicName;
        this.compacted = compacted;
    }

    public String topicName() {
        return topicName;
    }

    public boolean compacted() {
        return compacted;
    }
}
