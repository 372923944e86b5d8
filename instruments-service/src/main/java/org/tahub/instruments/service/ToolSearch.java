package org.tahub.instruments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tahub.instruments.domain.Tool;
import org.tahub.instruments.domain.ToolCategory;

/**
 * Finds the technical-assistance tools of Part B by category, area, activity, instrument, publisher, language and
 * kind, and by full text (ranked).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ToolSearch {

    public record Criteria(String category, String area, String activity, String instrument, String publisher,
                           String language, String kind, String q) {
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
