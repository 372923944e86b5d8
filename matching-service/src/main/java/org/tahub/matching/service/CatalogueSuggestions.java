package org.tahub.matching.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tahub.events.EventCodec;
import org.tahub.matching.domain.CatalogueCopy;
import org.tahub.matching.domain.Need;
import org.tahub.matching.domain.StateProfile;
import org.tahub.matching.domain.StateRatification;

/**
 * The catalogue's own answers to a need, from matching's read model: the tools (legislative guides, model laws,
 * handbooks) that address its activity or area, and the instruments that bear on it which the state has not yet
 * joined (a state not party to the 1999 Financing Convention with a need in area V is pointed to the Convention).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueSuggestions {

    /** Adopting bodies of regional instruments, as the membership codes of the states registry name them. */
    private static final Map<String, String> BODY_TO_MEMBERSHIP = Map.of("OAU", "AU", "GUUAM", "GUAM");
    static final int LIMIT = 3;
    /** Kinds of instrument a state becomes party to (not resolutions, declarations or recommendations). */
    private static final java.util.Set<String> JOINABLE = java.util.Set.of("convention", "protocol", "treaty", "agreement");

    public List<Suggestion> tools(Need need) {
        List<Suggestion> out = new ArrayList<>();
        for (CatalogueCopy t : CatalogueCopy.<CatalogueCopy>list("key.type = 'tool' and status = 'ACTIVE'")) {
            List<String> covered = need.activities.stream().filter(t.activities::contains).toList();
            if (!covered.isEmpty()) {
                out.add(new Suggestion("tool", t.key.id(), t.title, 1.0, "addresses " + String.join(", ", covered)));
            } else {
                List<String> areas = need.areas.stream().filter(t.areas::contains).toList();
                if (!areas.isEmpty()) {
                    out.add(new Suggestion("tool", t.key.id(), t.title, 0.5, "addresses area " + String.join(", ", areas)));
                }
            }
        }
        return best(out);
    }

    public List<Suggestion> instruments(Need need) {
        StateProfile state = StateProfile.findById(need.state);
        List<Suggestion> out = new ArrayList<>();
        for (CatalogueCopy i : CatalogueCopy.<CatalogueCopy>list("key.type = 'instrument' and status = 'ACTIVE'")) {
            JsonNode p = payload(i);
            String scope = p.path("scope").asText();
            String body = p.path("adoptingBody").asText();
            if (!JOINABLE.contains(p.path("kind").asText())) {
                continue;
            }
            if ("regional".equals(scope) && (state == null
                    || !state.memberships.contains(BODY_TO_MEMBERSHIP.getOrDefault(body, body)))) {
                continue;
            }
            List<String> bearing = need.activities.stream().filter(i.activities::contains).toList();
            boolean byArea = bearing.isEmpty() && need.areas.stream().anyMatch(i.areas::contains);
            if (bearing.isEmpty() && !byArea) {
                continue;
            }
            StateRatification r = StateRatification.findById(new StateRatification.Key(need.state, i.key.id()));
            String standing = r == null ? null : r.status;
            if ("PARTY".equals(standing)) {
                continue;
            }
            String name = state == null ? need.state : state.name;
            String what = bearing.isEmpty() ? "area " + String.join(", ", need.areas) : String.join(", ", bearing);
            String reason = (standing == null ? name + " has not reported its standing towards it"
                    : "SIGNATORY".equals(standing) ? name + " signed it but is not a party"
                    : name + " is not a party to it") + "; it bears on " + what;
            // What the state itself says it has not joined comes first; then what bears on the activity itself.
            double relevance = (byArea ? 0.3 : 0.6) + (standing == null ? 0.0 : 0.4);
            out.add(new Suggestion("instrument", i.key.id(), i.title, relevance, reason));
        }
        return best(out);
    }

    private static List<Suggestion> best(List<Suggestion> all) {
        return all.stream().sorted(Comparator.comparingDouble(Suggestion::relevance).reversed()
                .thenComparing(Suggestion::id)).limit(LIMIT).toList();
    }

    private static JsonNode payload(CatalogueCopy e) {
        try {
            return EventCodec.mapper().readTree(e.payload);
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }
}
