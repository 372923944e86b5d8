package org.tahub.infrastructure.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.tahub.events.Topic;

/** Creates the TA Hub topics with their retention policies; existing topics are left as they are. */
public final class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class.getName());

    private TopicProvisioner() {
    }

    public static List<String> createAll(String bootstrapServers, int partitions) {
        List<String> created = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (Topic topic : Topic.values()) {
                NewTopic t = new NewTopic(topic.topicName(), partitions, (short) 1)
                        .configs(Map.of("cleanup.policy", topic.compacted() ? "compact" : "delete"));
                try {
                    admin.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
                    created.add(topic.topicName());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic.topicName(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer", e);
        }
        return created;
    }

    /** {@code java -cp 'lib/*' ...TopicProvisioner BOOTSTRAP [PARTITIONS]}: used by deploy/local/up.sh. */
    public static void main(String[] args) {
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> created = createAll(args[0], partitions);
        LOG.info(created.isEmpty() ? "topics already exist" : "created topics " + created);
    }
}
