package org.tahub.assessments.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The shape of {@code reference/states.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatesFile(String version, List<BodyRecord> bodies, List<StateRecord> states) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BodyRecord(String code, String name, Integer memberCount, String notes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StateRecord(String iso3, String iso2, String m49, String name, String officialName,
                              String unStatus, Region region, Region subRegion, Region intermediateRegion,
                              List<String> unLanguages, String legalTradition, List<String> legalSystems,
                              List<String> memberships, String fsrb, String notes) {
    }
}
