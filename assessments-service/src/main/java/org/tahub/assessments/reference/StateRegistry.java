package org.tahub.assessments.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tahub.assessments.domain.State;

/** Finds states by region (any M49 level), membership, UN language, legal tradition and UN status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StateRegistry {

    private final EntityManager em;

    public StateRegistry(EntityManager em) {
        this.em = em;
    }

    public record Criteria(String region, String membership, String language, String legalTradition,
                           String unStatus) {
    }

    @SuppressWarnings("unchecked")
    public List<State> find(Criteria c) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (c.region() != null) {
            params.add(c.region());
            int n = params.size();
            where.append(" and (region_code = ?").append(n).append(" or subregion_code = ?").append(n)
                    .append(" or intermediate_code = ?").append(n).append(")");
        }
        if (c.membership() != null) {
            params.add(c.membership());
            where.append(" and cast(?").append(params.size()).append(" as text) = any(memberships)");
        }
        if (c.language() != null) {
            params.add(c.language());
            where.append(" and cast(?").append(params.size()).append(" as text) = any(un_languages)");
        }
        if (c.legalTradition() != null) {
            params.add(c.legalTradition());
            where.append(" and legal_tradition = ?").append(params.size());
        }
        if (c.unStatus() != null) {
            params.add(c.unStatus());
            where.append(" and un_status = ?").append(params.size());
        }
        Query query = em.createNativeQuery("select * from state" + where + " order by name", State.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    public Optional<State> byIso3(String iso3) {
        return State.findByIdOptional(iso3);
    }
}
