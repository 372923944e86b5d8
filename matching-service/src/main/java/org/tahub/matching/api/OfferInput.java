package org.tahub.matching.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer as its provider writes it. Values are taken as text and checked all together (a 422 problem lists every
 * offending field). The provider is the caller's own; status, dates of record and version are the service's.
 */
@Schema(description = "An offer of assistance")
public record OfferInput(
        @Schema(description = "Stable id: lower-case words and hyphens, starting with the provider's id; made from the title when absent", examples = "unodc-tpb-legislative-assistance") String id,
        @Schema(description = "Only an admin names the provider; a provider's own offers are its own", examples = "unodc-tpb") String providerId,
        @Schema(description = "At most 200 characters", examples = "Legislative assistance to ratify and incorporate the universal instruments") String title,
        @Schema(description = "What is delivered, to whom, how; at most 4,000 characters") String description,
        @Schema(description = "Checklist areas covered (I to XI)", examples = "[\"I\", \"II\"]") List<String> areas,
        @Schema(description = "Checklist activities covered", examples = "[\"I.1\", \"II.1\"]") List<String> activities,
        @Schema(description = "LEGISLATIVE_DRAFTING, TRAINING, MENTORING, EXPERT_ADVICE, ONLINE_COURSE, EQUIPMENT, STUDY_VISIT, WORKSHOP or LEGISLATOR_ENGAGEMENT", examples = "LEGISLATIVE_DRAFTING") String modality,
        @Schema(description = "UN languages it is delivered in (ar, zh, en, fr, ru, es)", examples = "[\"en\", \"fr\"]") List<String> languages,
        @Schema(description = "Only these states (ISO3); empty for any") List<String> eligibleStates,
        @Schema(description = "Only states of these UN M49 regions or sub-regions; empty for any", examples = "[\"002\"]") List<String> eligibleRegions,
        @Schema(description = "Only members of these bodies (AU, OAS, COE, COMMONWEALTH, ...); empty for any", examples = "[\"AU\"]") List<String> eligibleMemberships,
        @Schema(description = "Only these legal traditions (common-law, civil-law, islamic-law, customary-law, mixed); empty for any") List<String> legalTraditions,
        @Schema(description = "Engagements it can run at once", examples = "12") Integer capacity,
        @Schema(description = "YYYY-MM-DD", examples = "2026-01-01") String periodStart,
        @Schema(description = "YYYY-MM-DD", examples = "2027-12-31") String periodEnd,
        @Schema(description = "Indicative cost per engagement, US dollars", examples = "45000") Long indicativeCostUsd,
        @Schema(description = "What the cost covers") String costNote) {
}
