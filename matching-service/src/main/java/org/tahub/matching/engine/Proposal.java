package org.tahub.matching.engine;

import java.util.List;

/**
 * An offer proposed for a need, with its score and every component of it in words a person can check;
 * {@code coordination} says when the need is already covered by another provider's engagement.
 */
public record Proposal(String needId, String offerId, String providerId, int rank, double score,
                       List<Component> components, String explanation, String coordination) {

    public record Component(String name, double value, double weight, String explanation) {
    }
}
