package org.tahub.delivery;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.PostgresTestResource;

/**
 * The real PostgreSQL and Kafka broker every test of this module runs against (global Quarkus test resources), and
 * the test application's own topics on it.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tahub_delivery"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(TestTopics.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
