package org.tahub.assessments.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.domain.Statement;
import org.tahub.assessments.domain.WrittenIn;

/** One version of an assessment, whole. */
public record AssessmentView(
        UUID id,
        String state,
        int period,
        int revision,
        String status,
        String visibility,
        String origin,
        @Schema(nullable = true) String source,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) String decisionComment,
        @Schema(nullable = true, description = "The version that superseded this one; when the reader may not see that one, the newest later version it may see, or null") UUID supersededBy,
        long version,
        Counts counts,
        List<AnswerView> answers,
        List<RatificationView> ratifications,
        List<StatementView> statements) {

    /** How much of the checklist is answered, and how many needs the version states. */
    public record Counts(int activitiesAnswered, int assistanceNeeded, int statements, int ratifications) {
    }

    public record AnswerView(
            String activity,
            String status,
            @Schema(nullable = true) String basis,
            boolean assistanceNeeded,
            @Schema(nullable = true) String priority,
            @Schema(nullable = true) String narrative,
            List<String> evidence,
            @Schema(nullable = true, description = "The narrative's language (BCP 47): as the state gave it, or detected among the six UN languages (narrativeLanguageDetected)", examples = "en")
            String narrativeLanguage,
            @Schema(description = "Whether the narrative's language was detected rather than given") boolean narrativeLanguageDetected) {
        static AnswerView of(Answer a) {
            WrittenIn in = a.narrativeWrittenIn();
            return new AnswerView(a.activity(), name(a.status()), name(a.basis()), a.assistanceNeeded(),
                    name(a.priority()), a.narrative(), a.evidence(), in == null ? null : in.language(),
                    in != null && in.detected());
        }
    }

    public record RatificationView(
            String instrument,
            String status,
            @Schema(nullable = true) LocalDate signedOn,
            @Schema(nullable = true) LocalDate consentOn) {
        static RatificationView of(Ratification r) {
            return new RatificationView(r.instrument(), name(r.status()), r.signedOn(), r.consentOn());
        }
    }

    public record StatementView(int ordinal, String text, @Schema(nullable = true) String priority, List<String> areas,
                                List<String> activities, @Schema(nullable = true) String note,
                                @Schema(nullable = true, description = "The language it is written in (BCP 47): as the state gave it, or detected among the six UN languages (languageDetected)", examples = "fr")
                                String language,
                                @Schema(description = "Whether its language was detected rather than given") boolean languageDetected) {
        static StatementView of(Statement s) {
            WrittenIn in = s.writtenIn();
            return new StatementView(s.ordinal(), s.text(), name(s.priority()), s.areas(), s.activities(), s.note(),
                    in == null ? null : in.language(), in != null && in.detected());
        }
    }

    /**
     * @param supersededBy the version that superseded it as the reader may know it
     *                     ({@link org.tahub.assessments.service.AssessmentQueries#supersededByAsSeenBy})
     */
    public static AssessmentView of(Assessment a, UUID supersededBy) {
        Counts counts = new Counts(a.answers.size(), (int) a.answers.stream().filter(Answer::assistanceNeeded).count(),
                a.statements.size(), a.ratifications.size());
        return new AssessmentView(a.id, a.state, a.period, a.revision, a.status.name(), a.visibility.name(), a.origin,
                a.source, a.createdAt, a.updatedAt, a.submittedAt, a.decidedAt, a.decidedBy, a.decisionComment,
                supersededBy, a.version, counts, a.answers.stream().map(AnswerView::of).toList(),
                a.ratifications.stream().map(RatificationView::of).toList(),
                a.statements.stream().map(StatementView::of).toList());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
