package org.tahub.matching.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An active offer as the engine sees it. {@code engaged} is how many of its places are taken (agreed engagements);
 * empty eligibility lists mean any state.
 */
public record OfferFacts(String id, String providerId, String providerName, String title, Set<String> words,
                         Set<String> activities, Set<String> areas, String modality, List<String> languages,
                         Set<String> states, Set<String> regions, Set<String> memberships, Set<String> traditions,
                         int capacity, int engaged, LocalDate start, LocalDate end, Long costUsd) {
}
