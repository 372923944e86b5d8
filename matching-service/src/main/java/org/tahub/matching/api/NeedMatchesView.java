package org.tahub.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One need of an assessment with the offers proposed for it and the catalogue's tools and instruments. */
public record NeedMatchesView(String needId, String kind, List<String> activities, List<String> areas, String priority,
                              String text, JsonNode classification, List<MatchView> proposals,
                              List<SuggestionView> tools, List<SuggestionView> instruments) {
}
