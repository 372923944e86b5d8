package org.tahub.assessments.command;

import static org.tahub.assessments.command.InputLimits.MAX_ANSWERS;
import static org.tahub.assessments.command.InputLimits.MAX_ENUM;
import static org.tahub.assessments.command.InputLimits.MAX_RATIFICATIONS;
import static org.tahub.assessments.command.InputLimits.MAX_STATEMENTS;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of a draft, as a state writes it: on creation ({@code POST /api/v1/assessments}, where {@code state}
 * and {@code period} are given) and on replacement ({@code PUT /api/v1/assessments/{id}}, where they are fixed and
 * may be left out). The status, revision, owner and dates are the service's: a body that names them is refused.
 * Values are taken as text and checked all together, so that a 422 problem lists every offending field at once (up
 * to {@value org.tahub.assessments.rules.InvalidFields#MAX_LISTED}).
 */
@Schema(description = "A draft's content")
public record AssessmentInput(
        @Size(max = 3) @Schema(description = "ISO3 of the state; a state's focal point may only name its own (or leave it out)", examples = "KEN") String state,
        @Schema(description = "The reporting year the assessment describes: 2001 (resolution 1373) to this year", minimum = "2001", examples = "2026") Integer period,
        @Size(max = MAX_ENUM) @Schema(description = "CONFIDENTIAL (the state and CTC analysts), PROVIDERS (also assistance providers) or PUBLIC; CONFIDENTIAL when absent", enumeration = {"CONFIDENTIAL", "PROVIDERS", "PUBLIC"}, examples = "PROVIDERS") String visibility,
        @Size(max = MAX_ANSWERS) @Schema(description = "Answers per checklist activity, at most one per activity")
        List<@NotNull @Valid AnswerInput> answers,
        @Size(max = MAX_RATIFICATIONS) @Schema(description = "Standing towards the universal instruments, at most one per instrument")
        List<@NotNull @Valid RatificationInput> ratifications,
        @Size(max = MAX_STATEMENTS) @Schema(description = "Needs in the state's own words, at most 100")
        List<@NotNull @Valid StatementInput> statements) {

    public List<AnswerInput> answersOrEmpty() {
        return answers == null ? List.of() : answers;
    }

    public List<RatificationInput> ratificationsOrEmpty() {
        return ratifications == null ? List.of() : ratifications;
    }

    public List<StatementInput> statementsOrEmpty() {
        return statements == null ? List.of() : statements;
    }
}
