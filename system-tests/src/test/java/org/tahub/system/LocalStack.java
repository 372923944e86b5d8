package org.tahub.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The suite as a user starts it: {@code deploy/local/up.sh --detach} and {@code down.sh}, on free ports, with its
 * data under {@code system-tests/target/run} (or another folder of target/). Every process is a real one: PostgreSQL, Kafka, the four packaged
 * services.
 */
final class LocalStack {

    static {
        logToConsole();
    }

    /**
     * The system tests' own log lines (org.tahub.system, INFO and above: the load figures, the sweep's summary, the
     * faults) on the test output. The test JVM runs JBoss LogManager, which has no handler unless configured.
     */
    private static void logToConsole() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.tahub.system");
        if (logger.getHandlers().length > 0) {
            return;
        }
        java.util.logging.Formatter format = new java.util.logging.Formatter() {
            @Override
            public String format(java.util.logging.LogRecord r) {
                String name = r.getLoggerName() == null ? "" : r.getLoggerName().substring(r.getLoggerName().lastIndexOf('.') + 1);
                return String.format("%1$tT %2$s [%3$s] %4$s%n", r.getMillis(), r.getLevel(), name, formatMessage(r));
            }
        };
        java.util.logging.Handler console = new java.util.logging.StreamHandler(System.out, format) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        logger.addHandler(console);
        logger.setLevel(java.util.logging.Level.INFO);
    }

    final Path root = Path.of(System.getProperty("tahub.root", "..")).toAbsolutePath().normalize();
    final Path runDir;
    final Map<String, String> env = new HashMap<>();
    final String adminKey = "system-test-admin-key-" + Long.toHexString(System.nanoTime());
    final int gatewayPort;

    LocalStack() throws IOException {
        this("run");
    }

    /** A stack of its own, with its data under {@code system-tests/target/<folder>}. */
    LocalStack(String folder) throws IOException {
        this(folder, Map.of());
    }

    /** A stack of its own, with more environment for the suite (e.g. its rate limits). */
    LocalStack(String folder, Map<String, String> extraEnv) throws IOException {
        runDir = root.resolve("system-tests/target").resolve(folder);
        List<Integer> ports = freePorts(8);
        gatewayPort = ports.get(0);
        env.put("TAHUB_RUN_DIR", runDir.toString());
        env.put("TAHUB_GATEWAY_PORT", ports.get(0).toString());
        env.put("TAHUB_INSTRUMENTS_PORT", ports.get(1).toString());
        env.put("TAHUB_ASSESSMENTS_PORT", ports.get(2).toString());
        env.put("TAHUB_MATCHING_PORT", ports.get(3).toString());
        env.put("TAHUB_EMBEDDED_DB_PORT", ports.get(4).toString());
        env.put("TAHUB_EMBEDDED_KAFKA_PORT", ports.get(5).toString());
        env.put("TAHUB_EMBEDDED_KAFKA_CONTROLLER_PORT", ports.get(6).toString());
        env.put("TAHUB_DASHBOARD_PORT", ports.get(7).toString());
        env.put("TAHUB_ADMIN_KEY", adminKey);
        env.putAll(extraEnv);
    }

    /** The keys up.sh wrote to the run folder's credentials.env, by variable (TAHUB_STATE_KEY: Kenya's, ...). */
    Map<String, String> credentials() {
        Map<String, String> keys = new HashMap<>();
        try {
            for (String line : Files.readAllLines(runDir.resolve("credentials.env"))) {
                if (line.startsWith("TAHUB_") && line.contains("=")) {
                    keys.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return keys;
    }

    /** The components up.sh starts, as its pid files name them. */
    static final List<String> COMPONENTS = List.of("postgres", "kafka", "instruments-service", "assessments-service",
            "matching-service", "dashboard", "gateway");

    String kafkaBootstrap() {
        return "127.0.0.1:" + env.get("TAHUB_EMBEDDED_KAFKA_PORT");
    }

    /** JDBC URL of one of the suite's databases on the embedded PostgreSQL (user postgres, no password). */
    String database(String name) {
        return "jdbc:postgresql://127.0.0.1:" + env.get("TAHUB_EMBEDDED_DB_PORT") + "/" + name;
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Runs a script of deploy/local and returns its exit code; its output goes to target/run/&lt;script&gt;.out. */
    int run(String script, String... args) throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/" + script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(runDir.resolve(script + ".out").toFile()));
        pb.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        pb.environment().remove("TAHUB_DB_HOST");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(script + " did not finish in 10 minutes");
        }
        return p.exitValue();
    }

    /** The process id up.sh recorded for a component, or -1. */
    long pid(String component) throws IOException {
        Path file = runDir.resolve("pids/" + component + ".pid");
        if (!Files.exists(file)) {
            return -1;
        }
        return Long.parseLong(Files.readString(file).trim().split("\\s+")[0]);
    }

    static boolean alive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    String log(String name) {
        try {
            return Files.readString(runDir.resolve(name));
        } catch (IOException e) {
            return "(no " + name + ")";
        }
    }

    private static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
