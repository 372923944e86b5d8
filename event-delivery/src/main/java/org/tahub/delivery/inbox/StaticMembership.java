package org.tahub.delivery.inbox;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Static membership of the consumer groups, for an instance whose name survives its restart
 * ({@code tahub.instance-id}, from {@code TAHUB_INSTANCE_ID}: the local stack names each process, a StatefulSet's pod
 * would keep its name): each channel's consumer joins as {@code <instance>.<channel>}, so that the instance takes
 * its partitions back when it restarts instead of causing a rebalance. Without a name (a Deployment's pods, whose
 * names change at every rollout), membership stays dynamic: a static member that never comes back would hold its
 * partitions for the whole session timeout.
 */
@ApplicationScoped
public class StaticMembership implements ClientCustomizer<Map<String, Object>> {

    private final Optional<String> instance;

    public StaticMembership(@ConfigProperty(name = "tahub.instance-id") Optional<String> instance) {
        this.instance = instance.map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (instance.isEmpty() || !config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)
                || config.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            return config; // a producer, a consumer without a name, or one named in its channel's configuration
        }
        Map<String, Object> named = new HashMap<>(config);
        named.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instance.get() + "." + channel);
        return named;
    }
}
