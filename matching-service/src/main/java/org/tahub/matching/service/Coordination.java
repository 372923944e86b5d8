package org.tahub.matching.service;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A current need and every provider involved with it: engaged (AGREED), ACCEPTED or PROPOSED. */
@Schema(name = "CoordinationView")
public record Coordination(
        String state,
        UUID assessmentId,
        String needId,
        List<String> activities,
        List<String> areas,
        @Schema(nullable = true) String priority,
        @Schema(nullable = true) String text,
        List<Involvement> providers) {

    public record Involvement(String providerId, String offerId, String status, UUID matchId, double score) {
    }
}
