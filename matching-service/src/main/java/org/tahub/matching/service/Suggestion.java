package org.tahub.matching.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** A tool or instrument of the catalogue that serves a need, and why. */
@Schema(name = "SuggestionView")
public record Suggestion(String type, String id, String title, double relevance, String reason) {
}
