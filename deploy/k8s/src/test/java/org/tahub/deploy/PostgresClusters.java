package org.tahub.deploy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tahub.deploy.Manifests.Document;

/**
 * Each CloudNativePG Cluster has 3 instances and a ScheduledBackup, whose method the Cluster is configured for;
 * every ScheduledBackup, Database and Pooler names a Cluster of the manifests.
 */
final class PostgresClusters {

    private PostgresClusters() {
    }

    static List<String> violations(Manifests manifests) {
        Violations violations = new Violations();
        List<Document> clusters = manifests.ofKind("Cluster").filter(c -> c.group().equals("postgresql.cnpg.io")).toList();
        Set<String> names = clusters.stream().map(Document::name).collect(Collectors.toSet());
        List<Document> backups = manifests.ofKind("ScheduledBackup").toList();
        for (Document cluster : clusters) {
            if (cluster.spec().path("instances").asInt(0) != 3) {
                violations.add(cluster, "spec.instances must be 3 (is " + cluster.spec().path("instances") + ")");
            }
            List<Document> own = backups.stream().filter(b -> b.spec().path("cluster").path("name").asText().equals(cluster.name())).toList();
            if (own.isEmpty()) {
                violations.add(cluster, "no ScheduledBackup names it");
            }
            for (Document backup : own) {
                String method = backup.spec().path("method").asText("barmanObjectStore");
                boolean configured = switch (method) {
                    case "volumeSnapshot" -> cluster.spec().path("backup").has("volumeSnapshot");
                    case "barmanObjectStore" -> cluster.spec().path("backup").has("barmanObjectStore");
                    case "plugin" -> !cluster.spec().path("plugins").isEmpty();
                    default -> false;
                };
                if (!configured) {
                    violations.add(backup, "method " + method + ", which " + cluster.name() + " has no configuration for (spec.backup / spec.plugins)");
                }
            }
        }
        for (Document reference : manifests.documents().stream()
                .filter(d -> d.group().equals("postgresql.cnpg.io") && Set.of("ScheduledBackup", "Database", "Pooler").contains(d.kind())).toList()) {
            if (!names.contains(reference.spec().path("cluster").path("name").asText())) {
                violations.add(reference, "spec.cluster.name '" + reference.spec().path("cluster").path("name").asText()
                        + "' names no Cluster of the manifests " + names);
            }
        }
        return violations.lines();
    }
}
