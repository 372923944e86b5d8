package org.tahub.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * What the tests read and write in the application's database: each statement in a transaction of its own, but for
 * {@link #updateInTransaction}.
 */
@ApplicationScoped
public class TestDatabase {

    private final EntityManager em;

    public TestDatabase(EntityManager em) {
        this.em = em;
    }

    /** The number a {@code select count(*) ...} finds, with its parameters ({@code ?1}, {@code ?2}, ...). */
    public long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) bound(sql, parameters).getSingleResult())
                .longValue());
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    public int update(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> bound(sql, parameters).executeUpdate());
    }

    /** Runs an insert, update or delete in the caller's transaction, with what else it changes. */
    public int updateInTransaction(String sql, Object... parameters) {
        return bound(sql, parameters).executeUpdate();
    }

    private Query bound(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
