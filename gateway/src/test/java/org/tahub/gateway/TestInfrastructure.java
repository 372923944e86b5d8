package org.tahub.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import org.tahub.infrastructure.testing.PostgresTestResource;

/** The real PostgreSQL and Kafka every test of this module runs against (global Quarkus test resources). */
@QuarkusTestResource(org.tahub.infrastructure.testing.KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "tahub_gateway"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
