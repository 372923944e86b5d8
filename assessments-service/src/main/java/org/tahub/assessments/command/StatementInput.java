package org.tahub.assessments.command;

import static org.tahub.assessments.command.InputLimits.MAX_CODE;
import static org.tahub.assessments.command.InputLimits.MAX_ENUM;
import static org.tahub.assessments.command.InputLimits.MAX_STATEMENT;
import static org.tahub.assessments.command.InputLimits.MAX_TAGGED_ACTIVITIES;
import static org.tahub.assessments.command.InputLimits.MAX_TAGGED_AREAS;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.languages.LanguageTags;

/** A need in the state's own words. */
@Schema(description = "A need in the state's own words")
public record StatementInput(
        @Size(max = MAX_STATEMENT) @Schema(description = "The need, at most 2,000 characters", examples = "Assistance in setting up a Financial Intelligence Unit") String text,
        @Size(max = MAX_ENUM) @Schema(description = "Optional", enumeration = {"HIGH", "MEDIUM", "LOW"}, examples = "HIGH") String priority,
        @Size(max = MAX_TAGGED_AREAS) @Schema(description = "Areas the state tags it with (optional; matching classifies untagged statements)", examples = "[\"V\"]")
        List<@NotNull @Size(max = MAX_CODE) String> areas,
        @Size(max = MAX_TAGGED_ACTIVITIES) @Schema(description = "Activities the state tags it with (optional)", examples = "[\"V.4\"]")
        List<@NotNull @Size(max = MAX_CODE) String> activities,
        @Size(max = LanguageTags.MAX_LENGTH) @Schema(description = "The language it is written in (BCP 47, e.g. fr or es-419); detected among the six UN languages when absent", examples = "fr")
        String language) {
}
