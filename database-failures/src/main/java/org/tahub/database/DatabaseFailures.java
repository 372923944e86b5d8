package org.tahub.database;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure that goes away by itself (the database restarting or unreachable, a serialization conflict, a row
 * that another transaction changed first: optimistic locking) from
 * one that will fail again however often it is tried. REST answers the first kind with 503 and Retry-After; event
 * consumers retry it instead of dead-lettering the event.
 */
public final class DatabaseFailures {

    /**
     * PostgreSQL SQLSTATEs worth retrying: connection exceptions (class 08), serialization failure and deadlock
     * (40001, 40P01), and the server shutting down or starting (57P01 admin shutdown, 57P02 crash shutdown,
     * 57P03 cannot connect now).
     */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03");

    /**
     * A write refused because another transaction changed the row first (JPA's optimistic lock, Hibernate's stale
     * state): done again, it reads the row as it is now. Named, not imported: this module does not depend on JPA.
     */
    private static final Set<String> CONCURRENT_CHANGES = Set.of("jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException");

    private DatabaseFailures() {
    }

    /** True when {@code failure}, or anything in its chain of causes, is a transient database failure. */
    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || concurrentChange(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || RETRYABLE_STATES.contains(state))) {
                    return true;
                }
                // Agroal's pool, when no connection could be had in time (the server is away or saturated).
                if (state == null && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code failure}, or anything in its chain of causes, is a write refused because another transaction
     * changed the row first: REST answers 409 (nothing was saved; the same call, done again, sees the change).
     */
    public static boolean isConcurrentChange(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (concurrentChange(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean concurrentChange(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (CONCURRENT_CHANGES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
