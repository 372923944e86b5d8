package org.tahub.matching.api;

import java.util.List;
import java.util.UUID;

/** A current need and every provider involved with it: engaged (AGREED), ACCEPTED or PROPOSED. */
public record CoordinationView(String state, UUID assessmentId, String needId, List<String> activities,
                               List<String> areas, String priority, String text, List<Involvement> providers) {

    public record Involvement(String providerId, String offerId, String status, UUID matchId, double score) {
    }
}
