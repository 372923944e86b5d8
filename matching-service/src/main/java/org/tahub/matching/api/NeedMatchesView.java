package org.tahub.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.events.EventCodec;
import org.tahub.matching.classification.Classification;
import org.tahub.matching.domain.Need;
import org.tahub.matching.service.MatchQueries;
import org.tahub.matching.service.Suggestion;

/** One need of an assessment with the offers proposed for it and the catalogue's tools and instruments. */
public record NeedMatchesView(String needId, String kind, List<String> activities, List<String> areas, String priority,
                              String text,
                              @Schema(implementation = Classification.class, nullable = true,
                                      description = "How a statement in the state's own words was read; absent for checklist activities")
                              JsonNode classification,
                              @Schema(nullable = true, description = "The language of the need's text (BCP 47): as the state gave it or as detected when it was submitted, else the language the classifier read a statement in; absent without a text", examples = "fr")
                              String language,
                              @Schema(nullable = true, description = "For a need read in a statement that holds several: the statement's id (this need is the span of its text given by spanStart and spanEnd)", examples = "statement:1")
                              String statement,
                              @Schema(nullable = true, description = "Where this need's text starts in the statement (UTF-16 offset)", examples = "0")
                              Integer spanStart,
                              @Schema(nullable = true, description = "Where it ends (exclusive)", examples = "64")
                              Integer spanEnd,
                              List<MatchView> proposals, List<Suggestion> tools, List<Suggestion> instruments) {

    public static NeedMatchesView of(MatchQueries.NeedMatches matches) {
        Need n = matches.need();
        return new NeedMatchesView(n.key.needId(), n.kind, n.activities, n.areas, n.priority, n.text,
                n.classification == null ? null : classification(n.classification), n.language, n.statementId,
                n.spanStart, n.spanEnd, matches.proposals().stream().map(MatchView::of).toList(), matches.tools(),
                matches.instruments());
    }

    /** The classification as stored (JSON), answered as a JSON object. */
    private static JsonNode classification(String json) {
        try {
            return EventCodec.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
