package org.tahub.events.assessments;

import java.util.List;

/** What matching needs to know of a state to judge an offer's eligibility (from the states registry). */
public record StateProfileV1(
        String iso3,
        String iso2,
        String name,
        String regionCode,
        String subregionCode,
        List<String> unLanguages,
        String legalTradition,
        List<String> memberships) {
}
