package org.tahub.infrastructure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.utils.Exit;
import org.tahub.infrastructure.kafka.InProcessKafkaBroker;

/**
 * Quarkus test resource: one real Kafka broker (KRaft) per test JVM, with every TA Hub topic created, started on
 * first use and stopped when the JVM exits.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static InProcessKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", shared().bootstrapServers());
    }

    /** The broker of this JVM, for tests that read or write topics directly. */
    public static synchronized InProcessKafkaBroker shared() {
        if (broker == null) {
            // A broker that fails while the test JVM shuts down may call Exit.halt/exit with a non-zero status, which
            // makes Surefire report the whole module as failed after every test passed; in a test JVM, report it.
            Exit.Procedure report = (status, message) -> java.util.logging.Logger.getLogger(
                    KafkaTestResource.class.getName()).warning("the in-process broker asked the JVM to exit with "
                    + status + (message == null ? "" : ": " + message) + "; ignored in a test JVM");
            Exit.setExitProcedure(report);
            Exit.setHaltProcedure(report);
            broker = InProcessKafkaBroker.start();
            InProcessKafkaBroker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception e) {
                    // The JVM is exiting: report, and let the other hooks run.
                    java.util.logging.Logger.getLogger(KafkaTestResource.class.getName())
                            .warning("Kafka did not stop cleanly: " + e);
                }
            }, "kafka-test-stop"));
        }
        return broker;
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: Quarkus may restart the application between test classes.
    }
}
