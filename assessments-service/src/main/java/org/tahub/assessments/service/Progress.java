package org.tahub.assessments.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a state's implementation moved across its successive assessments (the last submitted version of each period
 * the caller may see): the report {@link ProgressReport} computes, answered as it is (its schema keeps the name the
 * API has always given it).
 */
@Schema(name = "ProgressView")
public record Progress(
        String state,
        String stateName,
        List<PeriodVersion> assessments,
        List<AreaProgress> areas,
        List<Comparison> comparisons) {

    public record PeriodVersion(int period, UUID assessmentId, int revision, String status, String origin,
                                OffsetDateTime submittedAt, int activitiesAnswered) {
    }

    /** Per area, the share of its applicable answered activities that are implemented, period by period. */
    public record AreaProgress(String code, String title, List<AreaShare> shares) {
    }

    public record AreaShare(int period, int applicable, int implemented, int partiallyImplemented, int notImplemented,
                            @Schema(nullable = true) Double shareImplemented) {
    }

    /** From one assessed period to the next: which activities improved, worsened or stayed. */
    public record Comparison(int fromPeriod, int toPeriod, UUID fromAssessment, UUID toAssessment,
                             int improvedCount, int worsenedCount, int unchangedCount,
                             List<ActivityChange> improved, List<ActivityChange> worsened, List<String> unchanged,
                             List<String> newlyAssessed, List<String> noLongerAssessed) {
    }

    public record ActivityChange(String activity, String area, String from, String to) {
    }
}
