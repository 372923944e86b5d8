package org.tahub.assessments.command;

import static org.tahub.assessments.command.InputLimits.MAX_ENUM;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state restating its 2004 requests: the period of the new assessment that carries them, and who may see it. */
@Schema(description = "The new assessment that restates the 2004 requests")
public record ConfirmationInput(
        @Schema(description = "The reporting year of the new assessment: 2001 (resolution 1373) to this year", minimum = "2001", examples = "2026") Integer period,
        @Size(max = MAX_ENUM) @Schema(description = "CONFIDENTIAL (the state and CTC analysts), PROVIDERS (also assistance providers) or PUBLIC; CONFIDENTIAL when absent", enumeration = {"CONFIDENTIAL", "PROVIDERS", "PUBLIC"}, examples = "PROVIDERS") String visibility) {
}
