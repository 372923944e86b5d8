package org.tahub.database;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

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

    /**
     * True when {@code failure}, or any failure it holds (its causes, and the exceptions suppressed on the way), is a
     * transient database failure. Suppressed ones count because that is where a failed commit keeps its reason: when
     * the database drops the connection between the last statement and the commit, the transaction manager throws a
     * RollbackException whose cause is empty and whose suppressed XAException holds the SQLException (57P01, 08006).
     * Done again, such a transaction is safe for an idempotent consumer: had the commit reached the database after
     * all, the retry finds the event's id and does nothing.
     */
    public static boolean isTransient(Throwable failure) {
        return anyHeld(failure, DatabaseFailures::transientItself);
    }

    /**
     * True when {@code failure}, or any failure it holds, is a write refused because another transaction changed the
     * row first: REST answers 409 (nothing was saved; the same call, done again, sees the change).
     */
    public static boolean isConcurrentChange(Throwable failure) {
        return anyHeld(failure, DatabaseFailures::concurrentChange);
    }

    private static boolean transientItself(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || concurrentChange(t)) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || RETRYABLE_STATES.contains(state))) {
                return true;
            }
            // Agroal's pool, when no connection could be had in time (the server is away or saturated).
            return state == null && String.valueOf(sql.getMessage()).contains("acquisition timeout");
        }
        return false;
    }

    /**
     * Whether {@code test} holds for {@code failure} or anything reachable from it through causes and suppressed
     * exceptions (each visited once, so cycles end).
     */
    private static boolean anyHeld(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
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
