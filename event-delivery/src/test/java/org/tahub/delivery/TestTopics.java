package org.tahub.delivery;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.tahub.infrastructure.testing.KafkaTestResource;

/**
 * The topics of the test application, created on the shared broker before the application starts (as up.sh creates
 * a service's), so that no consumer waits for a topic to appear. The TA Hub topics come with the broker.
 */
public class TestTopics implements QuarkusTestResourceLifecycleManager {

    /** What the test consumer reads (inbox/DeliveryConsumer). */
    public static final String DELIVERIES = "tahub.delivery-test.v1";
    /** Where the test consumer's dead letters go ({@code <topic>.dlq.<consumer>}). */
    public static final String DELIVERIES_DLQ = "tahub.delivery-test.v1.dlq.delivery-tests";
    /** Where the records that an outbox reference stands for go (outbox/ItemRecords). */
    public static final String ITEMS = "tahub.delivery-test.items.v1";

    @Override
    public Map<String, String> start() {
        String bootstrap = KafkaTestResource.shared().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (NewTopic topic : List.of(new NewTopic(DELIVERIES, 3, (short) 1), new NewTopic(DELIVERIES_DLQ, 1, (short) 1),
                    new NewTopic(ITEMS, 3, (short) 1))) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not create the test topics in time", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // The broker goes with the test JVM.
    }
}
