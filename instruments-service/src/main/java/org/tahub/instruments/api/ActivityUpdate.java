package org.tahub.instruments.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a curator may change on an activity: its wording and search aids, never its code, area or place. */
@Schema(description = "New wording of an activity. Code, area and ordinal are fixed and cannot be set.")
public record ActivityUpdate(
        @NotBlank @Size(max = 1000) @Schema(example = "Establish financial intelligence units (FIUs)") String title,
        @Size(max = 4000) @Schema(example = "Set up a national centre that receives and analyses suspicious transaction reports.") String description,
        @Size(max = 40) List<@NotBlank @Size(max = 80) String> keywords) {
}
