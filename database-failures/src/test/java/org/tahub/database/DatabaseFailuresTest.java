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
        assertThat(DatabaseFailures.isTransient(a)).isFalse();
    }
}
