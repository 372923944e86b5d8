package org.tahub.assessments.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Assessment;

/** One version of an assessment in a list, without its content. */
public record AssessmentSummary(
        UUID id,
        String state,
        int period,
        int revision,
        String status,
        String visibility,
        String origin,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true, description = "The version that superseded this one; when the reader may not see that one, the newest later version it may see, or null") UUID supersededBy,
        int activitiesAnswered,
        int needs) {

    /** @param supersededBy the version that superseded it as the reader may know it */
    public static AssessmentSummary of(Assessment a, UUID supersededBy) {
        int needs = (int) a.answers.stream().filter(Answer::assistanceNeeded).count() + a.statements.size();
        return new AssessmentSummary(a.id, a.state, a.period, a.revision, a.status.name(), a.visibility.name(),
                a.origin, a.submittedAt, a.decidedAt, supersededBy, a.answers.size(), needs);
    }
}
