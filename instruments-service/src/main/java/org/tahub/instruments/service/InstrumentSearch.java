package org.tahub.instruments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tahub.instruments.domain.Instrument;

/**
 * Finds instruments of the Compendium by facet (part, section, kind, scope, body, area, activity, years) and by
 * full text over titles, short names, keywords and descriptions, ranked by PostgreSQL's {@code ts_rank_cd}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InstrumentSearch {

    /** The sort orders a client may ask for, and their SQL. */
    public static final Map<String, String> SORTS = Map.of(
            "relevance", "rank desc, compendium_ref is null, part, compendium_order, slug",
            "compendiumRef", "compendium_ref is null, part, compendium_order, slug",
            "adoptedYear", "adopted_year, adopted_on nulls last, slug",
            "-adoptedYear", "adopted_year desc, adopted_on desc nulls last, slug",
            "title", "title, slug");

    public record Criteria(String part, String section, String kind, String scope, String body, String area,
                           String activity, Integer yearFrom, Integer yearTo, String q, String status, String sort,
                           int page, int size) {
    }

    /** One hit: the instrument and, for a text search, its relevance. */
    public record Hit(Instrument instrument, Double relevance) {
    }

    public record Result(List<Hit> hits, long total) {
    }

    private final EntityManager em;

    public InstrumentSearch(EntityManager em) {
        this.em = em;
    }

    public Result search(Criteria c) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        boolean text = c.q() != null && !c.q().isBlank();
        eq(where, params, "part", c.part());
        eq(where, params, "section", c.section());
        eq(where, params, "kind", c.kind());
        eq(where, params, "scope", c.scope());
        eq(where, params, "adopting_body", c.body());
        eq(where, params, "status", c.status());
        if (c.area() != null) {
            where.append(" and cast(:area as text) = any(areas)");
            params.put("area", c.area());
        }
        if (c.activity() != null) {
            where.append(" and (cast(:activity as text) = any(activities) or cast(:activity as text) = any(offence_groups))");
            params.put("activity", c.activity());
        }
        if (c.yearFrom() != null) {
            where.append(" and adopted_year >= :yearFrom");
            params.put("yearFrom", c.yearFrom());
        }
        if (c.yearTo() != null) {
            where.append(" and adopted_year <= :yearTo");
            params.put("yearTo", c.yearTo());
        }
        String from = " from instrument";
        String rank = "0";
        if (text) {
            from += ", websearch_to_tsquery('english', :q) query";
            where.append(" and search @@ query");
            rank = "ts_rank_cd(search, query)";
            params.put("q", c.q());
        }
        String sort = SORTS.get(c.sort() != null ? c.sort() : text ? "relevance" : "compendiumRef");
        // compendium_order sorts A.1.2 before A.1.10; entries outside the Compendium come last.
        String select = "select slug, compendium_ref, part, adopted_year, adopted_on, title, " + rank + " as rank, "
                + "string_to_array(substr(coalesce(compendium_ref, 'Z'), 3), '.')::int[] as compendium_order" + from;
        Query list = em.createNativeQuery("select slug, rank from (" + select + where + ") hits order by " + sort
                + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*)" + from + where);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        list.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<String, Instrument> bySlug = new LinkedHashMap<>();
        List<String> slugs = rows.stream().map(r -> (String) r[0]).toList();
        Instrument.<Instrument>list("slug in ?1", slugs).forEach(i -> bySlug.put(i.slug, i));
        List<Hit> hits = new ArrayList<>();
        for (Object[] r : rows) {
            hits.add(new Hit(bySlug.get((String) r[0]), text ? ((Number) r[1]).doubleValue() : null));
        }
        return new Result(hits, total);
    }

    public Optional<Instrument> bySlug(String slug) {
        return Instrument.findByIdOptional(slug);
    }

    public Optional<Instrument> byCompendiumRef(String ref) {
        return Instrument.find("compendiumRef", ref).firstResultOptional();
    }

    private static void eq(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            String name = "p_" + column;
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
