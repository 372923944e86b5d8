package org.tahub.matching.service;

import java.util.Map;
import org.tahub.identity.Caller;
import org.tahub.identity.Role;

/**
 * Which needs a report counts, as SQL on a need aliased {@code n} joined to its state's profile {@code s}: those the
 * caller may see (providers: not those of confidential assessments; analysts and admins all), of an area, of a UN M49
 * region or sub-region. Read the same way by the gaps and the timeliness report.
 */
final class NeedScope {

    private NeedScope() {
    }

    /** Appends the conditions to {@code where} (which already holds one) and their values to {@code params}. */
    static void append(StringBuilder where, String area, String region, Caller caller, Map<String, Object> params) {
        if (!(caller.is(Role.ADMIN) || caller.is(Role.ANALYST))) {
            where.append(" and n.visibility <> 'CONFIDENTIAL'");
        }
        if (area != null) {
            where.append(" and :area = any(n.areas)");
            params.put("area", area);
        }
        if (region != null) {
            where.append(" and (s.region_code = :region or s.subregion_code = :region)");
            params.put("region", region);
        }
    }
}
