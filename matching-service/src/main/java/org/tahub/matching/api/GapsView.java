package org.tahub.matching.api;

import java.util.List;
import java.util.UUID;

/**
 * Needs no viable offer serves (no proposal standing, none accepted or agreed), counted by area, region and priority,
 * with the needs themselves: what a donor should fund next.
 */
public record GapsView(long needs, long uncovered, List<Count> byArea, List<Count> byRegion, List<Count> byPriority,
                       List<Gap> gaps) {

    public record Count(String key, long uncovered, long needs) {
    }

    public record Gap(String state, String stateName, String regionCode, UUID assessmentId, String needId,
                      List<String> activities, List<String> areas, String priority, String text) {
    }
}
