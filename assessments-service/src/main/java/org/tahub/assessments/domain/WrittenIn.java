package org.tahub.assessments.domain;

/**
 * The language a state's text is written in: a BCP 47 tag, as the state gave it or, when it gave none, as detected
 * among the six official languages of the United Nations ({@code detected}).
 */
public record WrittenIn(String language, boolean detected) {
}
