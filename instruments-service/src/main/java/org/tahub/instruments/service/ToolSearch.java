package org.tahub.instruments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tahub.instruments.domain.Tool;
import org.tahub.instruments.domain.ToolCategory;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.QueryParameters;

/**
 * Finds the technical-assistance tools of Part B by category, area, activity, instrument, publisher, language and
 * kind, and by full text (ranked).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ToolSearch {

    /** The longest search text and facet values a client may send. */
    public static final int MAX_SEARCH_TEXT = 500;
    public static final int MAX_ACTIVITY = 16;
    public static final int MAX_INSTRUMENT = 120;
    public static final int MAX_PUBLISHER = 40;

    private static final Pattern CATEGORY = Pattern.compile("B(\\.[0-9]{1,3}){1,2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /**
     * What a client asks for; every value is checked when the criteria are made, and a refused one is a 400
     * problem naming its query parameter. A blank value, as a form left empty sends it, is no filter.
     */
    public record Criteria(String category, String area, String activity, String instrument, String publisher,
                           String language, String kind, String q) {

        public Criteria {
            category = matching("category", category, CATEGORY, "is not a Part B heading (e.g. B.3.5)");
            area = CodeParameters.area("area", given(area));
            activity = atMost("activity", activity, MAX_ACTIVITY);
            instrument = atMost("instrument", instrument, MAX_INSTRUMENT);
            publisher = atMost("publisher", publisher, MAX_PUBLISHER);
            language = matching("language", language, LANGUAGE, "is not an ISO 639-1 language code (e.g. en)");
            kind = given(kind);
            if (kind != null && !Tool.KINDS.contains(kind)) {
                throw ProblemException.badRequest("query.kind", "is not one of " + Tool.KINDS.stream().sorted().toList());
            }
            q = atMost("q", q, MAX_SEARCH_TEXT);
        }

        private static String given(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        private static String atMost(String name, String value, int max) {
            value = given(value);
            if (value != null && value.length() > max) {
                throw ProblemException.badRequest("query." + name, "is longer than " + max + " characters");
            }
            return value;
        }

        private static String matching(String name, String value, Pattern pattern, String message) {
            return QueryParameters.matching(name, given(value), Integer.MAX_VALUE, pattern, message);
        }
    }

    public record Hit(Tool tool, Double relevance) {
    }

    private final EntityManager em;

    public ToolSearch(EntityManager em) {
        this.em = em;
    }

    public List<ToolCategory> categories() {
        return ToolCategory.inOrder();
    }

    public Optional<Tool> bySlug(String slug) {
        return Tool.findByIdOptional(slug);
    }

    public List<Hit> search(Criteria c) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        contains(where, params, "categories", "category", c.category());
        contains(where, params, "areas", "area", c.area());
        contains(where, params, "activities", "activity", c.activity());
        contains(where, params, "instruments", "instrument", c.instrument());
        contains(where, params, "languages", "language", c.language());
        if (c.publisher() != null) {
            where.append(" and publisher_body = :publisher");
            params.put("publisher", c.publisher());
        }
        if (c.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", c.kind());
        }
        boolean text = c.q() != null && !c.q().isBlank();
        String from = " from tool";
        String rank = "0";
        if (text) {
            from += ", websearch_to_tsquery('english', :q) query";
            where.append(" and search @@ query");
            rank = "ts_rank_cd(search, query)";
            params.put("q", c.q());
        }
        Query query = em.createNativeQuery("select slug, " + rank + " as rank" + from + where
                + " order by rank desc, year, slug");
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Tool> bySlug = new LinkedHashMap<>();
        Tool.<Tool>list("slug in ?1", rows.stream().map(r -> (String) r[0]).toList())
                .forEach(t -> bySlug.put(t.slug, t));
        return rows.stream().map(r -> new Hit(bySlug.get((String) r[0]),
                text ? ((Number) r[1]).doubleValue() : null)).toList();
    }

    private static void contains(StringBuilder where, Map<String, Object> params, String column, String name,
                                 String value) {
        if (value != null) {
            where.append(" and cast(:").append(name).append(" as text) = any(").append(column).append(")");
            params.put(name, value);
        }
    }
}
