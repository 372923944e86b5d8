package org.tahub.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.classification.Classification;

/** One need of an assessment with the offers proposed for it and the catalogue's tools and instruments. */
public record NeedMatchesView(String needId, String kind, List<String> activities, List<String> areas, String priority,
                              String text,
                              @Schema(implementation = Classification.class, nullable = true,
                                      description = "How a statement in the state's own words was read; absent for checklist activities")
                              JsonNode classification,
                              List<MatchView> proposals, List<SuggestionView> tools, List<SuggestionView> instruments) {
}
