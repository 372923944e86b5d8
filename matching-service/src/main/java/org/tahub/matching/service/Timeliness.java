package org.tahub.matching.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How quickly assistance follows a need (guideline 9, timely delivery): the time from a need's submission to its first
 * proposal, to an agreed engagement and to completed delivery, overall and by area, region and provider. Measured over
 * the needs of states' self-assessments; the 2004 requests of the synopsis predate TA Hub and are left out.
 */
@Schema(name = "TimelinessView")
public record Timeliness(
        @Schema(description = "Needs of self-assessments counted (those the caller may see, after the filters), "
                + "superseded ones included: each was stated and waited") long needs,
        @Schema(description = "All the needs counted, whatever their area, region or provider") Row overall,
        @Schema(description = "By checklist area (a need of several areas counts in each)") List<Row> byArea,
        @Schema(description = "By UN M49 region of the state") List<Row> byRegion,
        @Schema(description = "By provider: the time to that provider's first proposal for a need, to its "
                + "engagements' agreement and completion. A provider sees its own row only") List<Row> byProvider) {

    /** The three waits of one group of needs. */
    public record Row(
            @Schema(description = "Area, M49 region or provider id; 'all' for the overall row", example = "V") String key,
            @Schema(description = "From submission to the first proposal") Span toFirstProposal,
            @Schema(description = "From submission to the first engagement agreed for the need") Span toAgreement,
            @Schema(description = "From submission to the first engagement completed for the need") Span toCompletion) {
    }

    /**
     * One wait: how many needs have reached the stage and how long it took them (median, 90th percentile, longest, in
     * seconds), and how many current needs are still waiting and for how long the oldest has.
     */
    public record Span(
            @Schema(description = "Needs (by provider: need and provider pairs) that reached the stage") long reached,
            @Schema(description = "Median time to the stage, in seconds", nullable = true, example = "86400")
            Long medianSeconds,
            @Schema(description = "90th percentile (nearest rank), in seconds", nullable = true, example = "604800")
            Long p90Seconds,
            @Schema(description = "Longest time to the stage, in seconds", nullable = true) Long maxSeconds,
            @Schema(description = "Current needs that have not reached the stage yet. By provider: accepted proposals "
                    + "not yet agreed, and agreed engagements not yet completed; none for the first proposal, which no "
                    + "provider owes") long waiting,
            @Schema(description = "How long the oldest of them has waited since its submission, in seconds",
                    nullable = true) Long oldestWaitingSeconds) {
    }
}
