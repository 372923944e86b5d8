package org.tahub.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aLostOrRefusedConnectionDeepInTheCausesIsTransient() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        RuntimeException wrapped = new RuntimeException("could not prepare statement",
                new IllegalStateException("JDBC", refused));
        assertThat(DatabaseFailures.isTransient(wrapped)).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLTransientConnectionException("pool exhausted"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
    }

    @Test
    void aCommitTheDatabaseDroppedIsTransientThoughItsReasonIsOnlySuppressed() {
        // As Narayana reports a one-phase commit whose connection the database terminated (a restart): the
        // RollbackException has no cause; the XAException of the resource, suppressed, holds the SQLException.
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        Exception commit = new Exception("ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException resource = new javax.transaction.xa.XAException(
                "Error trying to transactionCommit local transaction");
        resource.initCause(terminated);
        commit.addSuppressed(resource);
        assertThat(DatabaseFailures.isTransient(new RuntimeException("commit failed", commit))).isTrue();
        // The same shape with a reason that would recur is not.
        Exception refused = new Exception("ARJUNA016053: Could not commit transaction.");
        refused.addSuppressed(new SQLException("duplicate key value", "23505"));
        assertThat(DatabaseFailures.isTransient(refused)).isFalse();
    }

    @Test
    void aRowAnotherTransactionChangedFirstIsTransient() {
        // A matching round rewriting proposals while a provider accepted one: done again, the round sees the answer.
        assertThat(DatabaseFailures.isTransient(new IllegalStateException("round failed",
                new jakarta.persistence.OptimisticLockException("1 of 5 proposals were changed")))).isTrue();
        assertThat(DatabaseFailures.isConcurrentChange(new RuntimeException(
                new jakarta.persistence.OptimisticLockException()))).isTrue();
        assertThat(DatabaseFailures.isConcurrentChange(new SQLException("could not serialize access", "40001")))
                .isFalse();
    }

    @Test
    void aFailureThatWouldRecurIsNotTransient() {
        assertThat(DatabaseFailures.isTransient(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseFailures.isTransient(new SQLException("column \"x\" does not exist", "42703"))).isFalse();
        assertThat(DatabaseFailures.isTransient(new IllegalArgumentException("not a valid event"))).isFalse();
        assertThat(DatabaseFailures.isTransient(null)).isFalse();
    }

    @Test
    void aCycleInTheCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        b.addSuppressed(a);
        assertThat(DatabaseFailures.isTransient(a)).isFalse();
    }
}
