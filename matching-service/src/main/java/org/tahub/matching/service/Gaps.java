package org.tahub.matching.service;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The current needs short of a stage ({@code gap}: no proposal, no accepted proposal, no agreed engagement, no
 * delivery), counted by area, region and priority, with how many needs stand at each stage and the needs of the gap
 * themselves, highest priority first: what a donor should fund next.
 */
@Schema(name = "GapsView")
public record Gaps(
        @Schema(description = "The gap counted: needs that have not reached its stage", enumeration = {"no-proposal",
                "no-accepted-proposal", "no-agreed-engagement", "no-delivery"}) String gap,
        @Schema(description = "Current needs counted (those the caller may see, after the filters)") long needs,
        @Schema(description = "Of those, the needs in the gap") long uncovered,
        @Schema(description = "How many of the needs stand at each stage, from no proposal to delivered")
        List<StageCount> byStage,
        List<Count> byArea, List<Count> byRegion, List<Count> byPriority,
        List<Gap> gaps) {

    public record Count(String key, long uncovered, long needs) {
    }

    public record StageCount(@Schema(enumeration = {"NO_PROPOSAL", "PROPOSED", "ACCEPTED", "AGREED", "IN_DELIVERY",
            "DELIVERED"}) String stage, long needs) {
    }

    public record Gap(String state, String stateName, String regionCode, UUID assessmentId, String needId,
                      List<String> activities, List<String> areas,
                      @Schema(nullable = true) String priority,
                      @Schema(nullable = true) String text,
                      @Schema(description = "How far the need has gone", enumeration = {"NO_PROPOSAL", "PROPOSED",
                              "ACCEPTED", "AGREED", "IN_DELIVERY", "DELIVERED"}) String stage) {
    }
}
