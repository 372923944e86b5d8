package org.tahub.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a provider accepts or declines a proposal (optional). */
public record DecisionInput(@Schema(description = "At most 4,000 characters", examples = "A mentor is available from March.") String reason) {
}
