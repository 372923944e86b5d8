package org.tahub.events;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Every event type TA Hub publishes, with its topic and the JSON Schema of its payload.
 * A type is never changed once published: a breaking change is a new version of the type, a new constant whose
 * CloudEvents {@code type} ends in {@code .v2} (then {@code .v3}...) with a schema of the same version. The version it
 * replaces is marked deprecated, with its successor and its sunset date, and is published beside it, the successor
 * first, until then (docs/events.md, "Versions"): a consumer keeps working while it moves to the new version.
 */
public enum EventType {
    AREA_CREATED("tahub.catalogue.area.created", Topic.CATALOGUE, "catalogue/area.v1", 56),
    AREA_UPDATED("tahub.catalogue.area.updated", Topic.CATALOGUE, "catalogue/area.v1", 56),
    ACTIVITY_CREATED("tahub.catalogue.activity.created", Topic.CATALOGUE, "catalogue/activity.v1", 56),
    ACTIVITY_UPDATED("tahub.catalogue.activity.updated", Topic.CATALOGUE, "catalogue/activity.v1", 56),
    ACTIVITY_RETIRED("tahub.catalogue.activity.retired", Topic.CATALOGUE, "catalogue/activity.v1", 56),
    INSTRUMENT_CREATED("tahub.catalogue.instrument.created", Topic.CATALOGUE, "catalogue/instrument.v1", 32),
    INSTRUMENT_UPDATED("tahub.catalogue.instrument.updated", Topic.CATALOGUE, "catalogue/instrument.v1", 32),
    INSTRUMENT_RETIRED("tahub.catalogue.instrument.retired", Topic.CATALOGUE, "catalogue/instrument.v1", 32),
    TOOL_CREATED("tahub.catalogue.tool.created", Topic.CATALOGUE, "catalogue/tool.v1", 60),
    TOOL_UPDATED("tahub.catalogue.tool.updated", Topic.CATALOGUE, "catalogue/tool.v1", 60),
    /** Deprecated for {@link #ASSESSMENT_SUBMITTED_V2}, which adds the language of every need's text. */
    ASSESSMENT_SUBMITTED("tahub.assessments.assessment.submitted", Topic.ASSESSMENTS, "assessments/submitted.v1", 6656,
            "tahub.assessments.assessment.submitted.v2", "2027-06-30"),
    ASSESSMENT_SUBMITTED_V2("tahub.assessments.assessment.submitted.v2", Topic.ASSESSMENTS, "assessments/submitted.v2", 6656),
    ASSESSMENT_VALIDATED("tahub.assessments.assessment.validated", Topic.ASSESSMENTS, "assessments/decision.v1", 32),
    ASSESSMENT_RETURNED("tahub.assessments.assessment.returned", Topic.ASSESSMENTS, "assessments/decision.v1", 32),
    ASSESSMENT_SUPERSEDED("tahub.assessments.assessment.superseded", Topic.ASSESSMENTS, "assessments/superseded.v1", 4),
    /**
     * Deprecated for {@link #MATCH_PROPOSED_V2}: it carries an assessment's whole standing set (hundreds of KB for a
     * state that needs the whole checklist), where the second version is one small record per proposal.
     */
    MATCH_PROPOSED("tahub.matching.match.proposed", Topic.MATCHING, "matching/proposed.v1", 228000,
            "tahub.matching.match.proposed.v2", "2027-06-30"),
    /** One proposal a round made or changed, as it now stands; on the compacted proposals topic, keyed by its id. */
    MATCH_PROPOSED_V2("tahub.matching.match.proposed.v2", Topic.PROPOSALS, "matching/proposed.v2", 48),
    /** One proposal a round withdrew (it no longer stands); on the proposals topic, keyed by its id. */
    MATCH_WITHDRAWN("tahub.matching.match.withdrawn", Topic.PROPOSALS, "matching/withdrawn.v1", 8),
    /** A round of an assessment ended: its id and counts, after every proposal record of the round. */
    ROUND_COMPLETED("tahub.matching.round.completed", Topic.MATCHING, "matching/round.v1", 4),
    /**
     * Matching's request to itself for a round of a state's assessments (offers changed): written with the change,
     * taken by whichever instance holds the state's partition.
     */
    ROUND_REQUESTED("tahub.matching.round.requested", Topic.ROUNDS, "matching/round-requested.v1", 16),
    MATCH_ACCEPTED("tahub.matching.match.accepted", Topic.MATCHING, "matching/decision.v1", 32),
    MATCH_DECLINED("tahub.matching.match.declined", Topic.MATCHING, "matching/decision.v1", 32),
    ENGAGEMENT_STARTED("tahub.matching.engagement.started", Topic.MATCHING, "matching/engagement.v1", 40),
    ENGAGEMENT_COMPLETED("tahub.matching.engagement.completed", Topic.MATCHING, "matching/engagement.v1", 40);

    private final String type;
    private final Topic topic;
    private final String schema;
    private final String successor;
    private final LocalDate sunset;
    private final int maxKiB;

    EventType(String type, Topic topic, String schema, int maxKiB) {
        this(type, topic, schema, maxKiB, null, null);
    }

    EventType(String type, Topic topic, String schema, int maxKiB, String successor, String sunset) {
        this.maxKiB = maxKiB;
        this.type = type;
        this.topic = topic;
        this.schema = schema;
        this.successor = successor;
        this.sunset = sunset == null ? null : LocalDate.parse(sunset);
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    public Topic topic() {
        return topic;
    }

    /** Path of the payload's JSON Schema under {@code schemas/}, without the {@code .json} suffix. */
    public String schema() {
        return schema;
    }

    /** The CloudEvents {@code dataschema} attribute: a stable URI naming the payload's schema and version. */
    public String dataschema() {
        return "https://schemas.tahub.org/" + schema + ".json";
    }

    /** True for a version that a newer one replaces, published beside it until {@link #sunset()}. */
    public boolean deprecated() {
        return successor != null;
    }

    /** The version that replaces this one; null when this is the current version. */
    public EventType successor() {
        return successor == null ? null : fromType(successor);
    }

    /** The last day a deprecated version is published; null when this is the current version. */
    public LocalDate sunset() {
        return sunset;
    }

    /**
     * The most an event of this type can take once serialized (envelope and data, bytes of UTF-8), as its schemas
     * bound it: every string at its maxLength, every array at its maxItems (docs/events.md, "Sizes"). At most 64 KiB,
     * what CloudEvents asks intermediaries to forward, except for the types listed there as too large.
     */
    public int maxBytes() {
        return maxKiB * 1024;
    }

    public static EventType fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst()
                .orElseThrow(() -> new UnknownEventTypeException(type));
    }

    public static final class UnknownEventTypeException extends IllegalArgumentException {
        public UnknownEventTypeException(String type) {
            super("unknown event type '" + type + "'");
        }
    }
}
