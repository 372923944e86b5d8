package org.tahub.assessments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.assessments.domain.State;

/** A state as the API shows it, with its UN M49 regions. */
public record StateView(
        String iso3,
        String iso2,
        String m49,
        String name,
        String officialName,
        String unStatus,
        Region region,
        Region subRegion,
        @Schema(nullable = true) Region intermediateRegion,
        List<String> unLanguages,
        String legalTradition,
        List<String> legalSystems,
        List<String> memberships,
        @Schema(nullable = true) String fsrb,
        @Schema(nullable = true) String notes) {

    /** An M49 region: its 3-digit code and name. */
    public record Region(String code, String name) {
    }

    static StateView of(State s) {
        return new StateView(s.iso3, s.iso2, s.m49, s.name, s.officialName, s.unStatus,
                new Region(s.regionCode, s.regionName),
                s.subRegionCode == null ? null : new Region(s.subRegionCode, s.subRegionName),
                s.intermediateRegionCode == null ? null : new Region(s.intermediateRegionCode, s.intermediateRegionName),
                s.unLanguages, s.legalTradition, s.legalSystems, s.memberships, s.fsrb, s.notes);
    }
}
