package org.tahub.matching.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer as its provider writes it. Values are taken as text and checked all together (a 422 problem lists every
 * offending field). The provider is the caller's own; status, dates of record and version are the service's. The
 * caps below are checked first; what each value means is checked by {@code rules/OfferValidation}.
 */
@Schema(description = "An offer of assistance")
public record OfferInput(
        @Size(max = 160) @Schema(description = "Stable id: lower-case words and hyphens, starting with the provider's id; made from the title when absent", examples = "unodc-tpb-legislative-assistance") String id,
        @Size(max = 120) @Schema(description = "Only an admin names the provider; a provider's own offers are its own", examples = "unodc-tpb") String providerId,
        @Size(max = 200) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "At most 200 characters", examples = "Legislative assistance to ratify and incorporate the universal instruments") String title,
        @Size(max = 4000) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "What is delivered, to whom, how; at most 4,000 characters") String description,
        @Size(max = 11) @Schema(description = "Checklist areas covered (I to XI)", examples = "[\"I\", \"II\"]")
        List<@NotNull @Size(max = 8) String> areas,
        @Size(max = 200) @Schema(description = "Checklist activities covered", examples = "[\"I.1\", \"II.1\"]")
        List<@NotNull @Size(max = 20) String> activities,
        @Size(max = 40) @Schema(description = "LEGISLATIVE_DRAFTING, TRAINING, MENTORING, EXPERT_ADVICE, ONLINE_COURSE, EQUIPMENT, STUDY_VISIT, WORKSHOP or LEGISLATOR_ENGAGEMENT", examples = "LEGISLATIVE_DRAFTING",
                enumeration = {"LEGISLATIVE_DRAFTING", "TRAINING", "MENTORING", "EXPERT_ADVICE", "ONLINE_COURSE", "EQUIPMENT", "STUDY_VISIT", "WORKSHOP", "LEGISLATOR_ENGAGEMENT"}) String modality,
        @Size(max = 6) @Schema(description = "UN languages it is delivered in (ar, zh, en, fr, ru, es)", examples = "[\"en\", \"fr\"]")
        List<@NotNull @Size(max = 8) String> languages,
        @Size(max = 200) @Schema(description = "Only these states (ISO3); empty for any")
        List<@NotNull @Size(max = 8) String> eligibleStates,
        @Size(max = 30) @Schema(description = "Only states of these UN M49 regions or sub-regions; empty for any", examples = "[\"002\"]")
        List<@NotNull @Size(max = 8) String> eligibleRegions,
        @Size(max = 50) @Schema(description = "Only members of these bodies (AU, OAS, COE, COMMONWEALTH, ...); empty for any", examples = "[\"AU\"]")
        List<@NotNull @Size(max = 16) String> eligibleMemberships,
        @Size(max = 5) @Schema(description = "Only these legal traditions (common-law, civil-law, islamic-law, customary-law, mixed); empty for any")
        List<@NotNull @Size(max = 20) String> legalTraditions,
        @Schema(description = "Engagements it can run at once (1 to 10,000)", examples = "12", minimum = "1", maximum = "10000") Integer capacity,
        @Size(max = 10) @Schema(description = "YYYY-MM-DD, from 2000-01-01 to 2100-12-31", examples = "2026-01-01", format = "date") String periodStart,
        @Size(max = 10) @Schema(description = "YYYY-MM-DD, from 2000-01-01 to 2100-12-31, not before periodStart", examples = "2027-12-31", format = "date") String periodEnd,
        @Schema(description = "Indicative cost per engagement, US dollars (0 to 1,000,000,000)", examples = "45000", minimum = "0", maximum = "1000000000") Long indicativeCostUsd,
        @Size(max = 500) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "What the cost covers, at most 500 characters") String costNote) {
}
