package org.tahub.matching.engine;

import java.util.List;

/**
 * A need as the engine sees it: the activities and areas it is about (as the state tagged them, or as the classifier
 * read them), the state's priority, and its words (the narrative or statement, else the activity's title).
 */
public record NeedFacts(String assessmentId, String needId, String state, List<String> activities, List<String> areas,
                        String priority, String text) {
}
