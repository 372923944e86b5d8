package org.tahub.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's application.properties says of its use of Kafka: the channels it consumes (SmallRye's
 * {@code mp.messaging.incoming.<channel>.*}), with their topic, consumer group and dead-letter topic, and the
 * topics of its outgoing channels. Read as the {@code prod} profile sees it.
 */
record ServiceConfig(String service, List<Incoming> incoming, List<String> outgoingTopics) {

    static final List<String> SERVICES = List.of("instruments-service", "assessments-service", "matching-service", "gateway");

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

    /** A consumed channel; the dead-letter topic is there when its failure strategy is dead-letter-queue. */
    record Incoming(String channel, String topic, String group, Optional<String> deadLetterTopic) {
    }

    /** The four services' configuration, from their sources beside this module (../../<service>). */
    static List<ServiceConfig> all() {
        return SERVICES.stream().map(s -> load(s, Path.of("..", "..", s, "src", "main", "resources", "application.properties"))).toList();
    }

    static ServiceConfig load(String service, Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration of " + service + " at " + file.toAbsolutePath(), e);
        }
        List<Incoming> incoming = new ArrayList<>();
        List<String> outgoing = new ArrayList<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            Matcher channel = CHANNEL.matcher(key);
            if (!channel.matches() || !"smallrye-kafka".equals(value(properties, key).orElse(""))) {
                continue;
            }
            String prefix = "mp.messaging." + channel.group(1) + "." + channel.group(2) + ".";
            String topic = value(properties, prefix + "topic").orElse(channel.group(2));
            if (channel.group(1).equals("outgoing")) {
                outgoing.add(topic);
                continue;
            }
            String group = value(properties, prefix + "group.id")
                    .or(() -> value(properties, "quarkus.application.name")).orElse(service);
            Optional<String> deadLetters = value(properties, prefix + "failure-strategy").filter("dead-letter-queue"::equals)
                    .map(dlq -> value(properties, prefix + "dead-letter-queue.topic").orElse("dead-letter-topic-" + topic));
            incoming.add(new Incoming(channel.group(2), topic, group, deadLetters));
        }
        return new ServiceConfig(service, List.copyOf(incoming), List.copyOf(outgoing));
    }

    /** A property as the prod profile sees it, an expression's default taken for ${NAME:default}. */
    private static Optional<String> value(Properties properties, String key) {
        String raw = properties.getProperty("%prod." + key, properties.getProperty(key));
        return Optional.ofNullable(raw).map(v -> EXPRESSION.matcher(v).replaceAll(m -> Matcher.quoteReplacement(m.group(1))).strip());
    }
}
