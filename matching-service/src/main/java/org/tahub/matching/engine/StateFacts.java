package org.tahub.matching.engine;

import java.util.List;

/** What eligibility is judged on: the state's M49 regions, UN languages, legal tradition and memberships. */
public record StateFacts(String iso3, String name, String regionCode, String subregionCode, List<String> languages,
                         String legalTradition, List<String> memberships) {
}
