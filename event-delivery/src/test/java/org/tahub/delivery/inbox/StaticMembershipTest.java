package org.tahub.delivery.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which consumers join their group as static members, and under which name. */
class StaticMembershipTest {

    private static final Map<String, Object> CONSUMER = Map.of("group.id", "matching-service", "bootstrap.servers", "b:9092");
    private static final Map<String, Object> PRODUCER = Map.of("bootstrap.servers", "b:9092", "acks", "all");

    @Test
    void aNamedInstanceJoinsEachChannelsGroupUnderItsNameAndTheChannel() {
        StaticMembership membership = new StaticMembership(Optional.of("matching-service-2"));
        assertThat(membership.customize("assessments", null, CONSUMER))
                .containsEntry("group.instance.id", "matching-service-2.assessments")
                .containsEntry("group.id", "matching-service");
        assertThat(membership.customize("catalogue", null, CONSUMER))
                .containsEntry("group.instance.id", "matching-service-2.catalogue");
    }

    @Test
    void withoutANameMembershipStaysDynamic() {
        assertThat(new StaticMembership(Optional.empty()).customize("assessments", null, CONSUMER))
                .doesNotContainKey("group.instance.id");
        assertThat(new StaticMembership(Optional.of("  ")).customize("assessments", null, CONSUMER))
                .doesNotContainKey("group.instance.id");
    }

    @Test
    void producersAndConsumersNamedInTheirOwnConfigurationAreLeftAlone() {
        StaticMembership membership = new StaticMembership(Optional.of("matching-service"));
        assertThat(membership.customize("assessments-dlq", null, PRODUCER)).isEqualTo(PRODUCER);
        Map<String, Object> named = Map.of("group.id", "g", "group.instance.id", "chosen");
        assertThat(membership.customize("assessments", null, named)).containsEntry("group.instance.id", "chosen");
    }
}
