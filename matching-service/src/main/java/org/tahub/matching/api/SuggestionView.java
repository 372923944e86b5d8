package org.tahub.matching.api;

/** A tool or instrument of the catalogue that serves a need, and why. */
public record SuggestionView(String type, String id, String title, double relevance, String reason) {
}
