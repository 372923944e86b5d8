package org.tahub.events;

import java.util.Arrays;

/**
 * Every event type TA Hub publishes, with its topic and the JSON Schema of its payload.
 * A type is never changed once published: a breaking change is a new schema version and a new constant.
 */
public enum EventType {
    AREA_CREATED("tahub.catalogue.area.created", Topic.CATALOGUE, "catalogue/area.v1"),
    AREA_UPDATED("tahub.catalogue.area.updated", Topic.CATALOGUE, "catalogue/area.v1"),
    ACTIVITY_CREATED("tahub.catalogue.activity.created", Topic.CATALOGUE, "catalogue/activity.v1"),
    ACTIVITY_UPDATED("tahub.catalogue.activity.updated", Topic.CATALOGUE, "catalogue/activity.v1"),
    ACTIVITY_RETIRED("tahub.catalogue.activity.retired", Topic.CATALOGUE, "catalogue/activity.v1"),
    INSTRUMENT_CREATED("tahub.catalogue.instrument.created", Topic.CATALOGUE, "catalogue/instrument.v1"),
    INSTRUMENT_UPDATED("tahub.catalogue.instrument.updated", Topic.CATALOGUE, "catalogue/instrument.v1"),
    INSTRUMENT_RETIRED("tahub.catalogue.instrument.retired", Topic.CATALOGUE, "catalogue/instrument.v1"),
    TOOL_CREATED("tahub.catalogue.tool.created", Topic.CATALOGUE, "catalogue/tool.v1"),
    TOOL_UPDATED("tahub.catalogue.tool.updated", Topic.CATALOGUE, "catalogue/tool.v1"),
    ASSESSMENT_SUBMITTED("tahub.assessments.assessment.submitted", Topic.ASSESSMENTS, "assessments/submitted.v1"),
    ASSESSMENT_VALIDATED("tahub.assessments.assessment.validated", Topic.ASSESSMENTS, "assessments/decision.v1"),
    ASSESSMENT_RETURNED("tahub.assessments.assessment.returned", Topic.ASSESSMENTS, "assessments/decision.v1"),
    ASSESSMENT_SUPERSEDED("tahub.assessments.assessment.superseded", Topic.ASSESSMENTS, "assessments/superseded.v1"),
    MATCH_PROPOSED("tahub.matching.match.proposed", Topic.MATCHING, "matching/proposed.v1"),
    MATCH_ACCEPTED("tahub.matching.match.accepted", Topic.MATCHING, "matching/decision.v1"),
    MATCH_DECLINED("tahub.matching.match.declined", Topic.MATCHING, "matching/decision.v1"),
    ENGAGEMENT_STARTED("tahub.matching.engagement.started", Topic.MATCHING, "matching/engagement.v1"),
    ENGAGEMENT_COMPLETED("tahub.matching.engagement.completed", Topic.MATCHING, "matching/engagement.v1");

    private final String type;
    private final Topic topic;
    private final String schema;

    EventType(String type, Topic topic, String schema) {
        this.type = type;
        this.topic = topic;
        this.schema = schema;
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
