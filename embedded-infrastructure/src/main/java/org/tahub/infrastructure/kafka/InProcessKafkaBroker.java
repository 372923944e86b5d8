package org.tahub.infrastructure.kafka;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) inside the test JVM, from Kafka's own test kit.
 * It speaks the real protocol on loopback; nothing is mocked.
 */
public final class InProcessKafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private InProcessKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static InProcessKafkaBroker start() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            InProcessKafkaBroker broker = new InProcessKafkaBroker(cluster);
            broker.createTopics();
            return broker;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates every TA Hub topic, as {@code deploy/local/up.sh} does for the local stack. */
    public void createTopics() {
        TopicProvisioner.createAll(bootstrapServers(), 3);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
