package org.tahub.matching.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a current need has gone towards being served, as funding trackers count it: no proposal standing, proposed,
 * accepted by a provider, agreed with the state (an engagement), in delivery, delivered (completed or evaluated). A
 * gap is a need short of a stage; which stage is the caller's question ({@link Gap}).
 */
public enum CoverageStage {
    NO_PROPOSAL, PROPOSED, ACCEPTED, AGREED, IN_DELIVERY, DELIVERED;

    /** The gaps one can ask for: needs that have not reached a stage. */
    public enum Gap {
        /** No proposal stands (never proposed, or every proposal declined or withdrawn). */
        NO_PROPOSAL(CoverageStage.PROPOSED),
        /** No provider has accepted a proposal for it. */
        NO_ACCEPTED_PROPOSAL(CoverageStage.ACCEPTED),
        /** No engagement has been agreed with the state: the gap a donor funds. */
        NO_AGREED_ENGAGEMENT(CoverageStage.AGREED),
        /** Nothing is being delivered or has been. */
        NO_DELIVERY(CoverageStage.IN_DELIVERY);

        private final CoverageStage reached;

        Gap(CoverageStage reached) {
            this.reached = reached;
        }

        /** Whether a need at {@code stage} is in this gap. */
        public boolean includes(CoverageStage stage) {
            return stage.ordinal() < reached.ordinal();
        }

        /** The gap's name in the API: {@code no-agreed-engagement}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Gap> ofCode(String code) {
            return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
        }
    }
}
