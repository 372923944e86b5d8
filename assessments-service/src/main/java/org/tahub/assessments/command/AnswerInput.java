package org.tahub.assessments.command;

import static org.tahub.assessments.command.InputLimits.MAX_CODE;
import static org.tahub.assessments.command.InputLimits.MAX_ENUM;
import static org.tahub.assessments.command.InputLimits.MAX_EVIDENCE;
import static org.tahub.assessments.command.InputLimits.MAX_NARRATIVE;
import static org.tahub.assessments.command.InputLimits.MAX_URL;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.languages.LanguageTags;

/** A state's answer for one checklist activity. */
@Schema(description = "An answer for one checklist activity")
public record AnswerInput(
        @Size(max = MAX_CODE) @Schema(description = "Checklist activity code (may be left out in PUT .../answers/{activity})", examples = "V.4") String activity,
        @Size(max = MAX_ENUM) @Schema(description = "How far it is implemented", enumeration = {"IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "NOT_IMPLEMENTED", "NOT_APPLICABLE"}, examples = "PARTIALLY_IMPLEMENTED") String status,
        @Size(max = MAX_ENUM) @Schema(description = "DE_JURE (in law), DE_FACTO (in practice) or BOTH", enumeration = {"DE_JURE", "DE_FACTO", "BOTH"}, examples = "DE_JURE") String basis,
        @Schema(description = "Whether the state asks for assistance with it", examples = "true") Boolean assistanceNeeded,
        @Size(max = MAX_ENUM) @Schema(description = "Required when assistance is needed, refused otherwise", enumeration = {"HIGH", "MEDIUM", "LOW"}, examples = "HIGH") String priority,
        @Size(max = MAX_NARRATIVE) @Schema(description = "What the state says about it, at most 4,000 characters") String narrative,
        @Size(max = MAX_EVIDENCE) @Schema(description = "Links (http or https) to laws, reports or other evidence; at most 10")
        List<@NotNull @Size(max = MAX_URL) String> evidence,
        @Size(max = LanguageTags.MAX_LENGTH) @Schema(description = "The language of the narrative (BCP 47); detected among the six UN languages when absent", examples = "en")
        String narrativeLanguage) {
}
