package org.tahub.deploy;

import static org.tahub.deploy.Violations.assertNone;
import static org.tahub.deploy.Violations.assertReported;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The references between the manifests, and from them to the code: each check on TA Hub's, then on broken ones. */
class CrossReferencesTest {

    private static Manifests manifests;
    private static Manifests broken;
    private static List<ServiceConfig> services;

    @BeforeAll
    static void render() {
        manifests = Manifests.production();
        broken = Manifests.onClassPath("broken");
        services = ServiceConfig.all();
    }

    @Nested
    class SecretsAndConfigMaps {

        @Test
        void everyReferenceNamesOneThatIsMadeWithItsKey() {
            assertNone("Secret and ConfigMap references", ConfigurationReferences.violations(manifests));
        }

        @Test
        void reportsUnmadeSecretsMissingKeysAndCommittedSecrets() {
            List<String> violations = ConfigurationReferences.violations(broken);

            assertReported(violations, "Deployment/matching-service", "env[0].valueFrom.secretKeyRef", "Secret 'matching-db-credentials' is made by nothing");
            assertReported(violations, "Deployment/matching-service", "Secret 'matching-db-app' has no key 'user'");
            assertReported(violations, "Deployment/matching-service", "ConfigMap 'matching-service' has no key 'HTTP_PORT'");
            assertReported(violations, "Deployment/matching-service", "envFrom[0].configMapRef", "ConfigMap 'nowhere' is made by nothing");
            assertReported(violations, "secret.yaml#1 Secret/leaked", "a Secret is committed");
        }
    }

    @Nested
    class Topics {

        @Test
        void everyTopicOfTheCodeHasAKafkaTopicAndNoOther() {
            assertNone("KafkaTopics", KafkaTopics.violations(manifests, services));
        }

        @Test
        void reportsMissingUnusedAndMisconfiguredTopics() {
            List<String> violations = KafkaTopics.violations(broken, services);

            assertReported(violations, "Topic.ASSESSMENTS (tahub.assessments.v1) has no KafkaTopic");
            assertReported(violations, "the dead-letter topic tahub.assessments.v1.dlq.matching-service of matching-service");
            assertReported(violations, "KafkaTopic/tahub.catalogue.v1", "Topic.CATALOGUE is compacted");
            assertReported(violations, "KafkaTopic/tahub.catalogue.v1", "spec.replicas must be 3");
            assertReported(violations, "KafkaTopic/tahub.catalogue.v1", "spec.config.min.insync.replicas must be 2");
            assertReported(violations, "KafkaTopic/tahub.catalogue.v1", "spec.config.retention.msec is not a topic configuration");
            assertReported(violations, "KafkaTopic/tahub.catalogue.v1", "'other-kafka' names no Kafka");
            assertReported(violations, "KafkaTopic/tahub.unused.v1", "no code uses topic tahub.unused.v1");
        }
    }

    @Nested
    class Users {

        @Test
        void everyServiceHasTheAclsItNeedsAndNoMore() {
            assertNone("KafkaUsers and their ACLs", KafkaUsers.violations(manifests, services));
        }

        @Test
        void reportsMissingAndExcessAcls() {
            List<String> violations = KafkaUsers.violations(broken, services);

            assertReported(violations, "no KafkaUser instruments-service");
            assertReported(violations, "KafkaUser/matching-service", "spec.authentication.type must be scram-sha-512");
            assertReported(violations, "KafkaUser/matching-service", "no ACL allows Write on topic tahub.matching.v1");
            assertReported(violations, "KafkaUser/matching-service", "no ACL allows Read on topic tahub.assessments.v1");
            assertReported(violations, "KafkaUser/matching-service", "may Write to tahub.catalogue.v1, which it does not produce");
            assertReported(violations, "KafkaUser/reporting", "no such service");
            assertReported(violations, "KafkaUser/reporting", "may Read tahub.assessments.v1, which carries confidential assessments");
            assertReported(violations, "KafkaUser/gateway", "may Write to every topic named tahub....");
            assertReported(violations, "KafkaUser/gateway", "may Read tahub.assessments.v1");
            assertReported(violations, "KafkaUser/gateway", "no ACL allows Read on group tahub-gateway-dead-letters-");
        }
    }

    @Nested
    class KafkaCluster {

        @Test
        void theKafkaClusterSurvivesTheLossOfANode() {
            assertNone("Kafka and its node pools", KafkaClusters.violations(manifests));
        }

        @Test
        void reportsTooFewNodesAndWeakSettings() {
            List<String> violations = KafkaClusters.violations(broken);

            assertReported(violations, "Kafka/broken-kafka", "have 1 controller(s) and 1 broker(s)");
            assertReported(violations, "Kafka/broken-kafka", "default.replication.factor must be 3");
            assertReported(violations, "Kafka/broken-kafka", "min.insync.replicas must be 2");
            assertReported(violations, "Kafka/broken-kafka", "authorization.type must be simple");
            assertReported(violations, "Kafka/broken-kafka", "no listener has authentication scram-sha-512");
            assertReported(violations, "Kafka/broken-kafka", "spec.entityOperator.userOperator is missing");
        }
    }

    @Nested
    class Deployments {

        @Test
        void everyDeploymentIsProbedBoundedScaledAndServed() {
            assertNone("Deployments, Services, autoscalers, disruption budgets", Workloads.violations(manifests));
        }

        @Test
        void reportsMissingProbesLimitsAutoscalersBudgetsAndUnservedPorts() {
            List<String> violations = Workloads.violations(broken);

            assertReported(violations, "Deployment/matching-service", "containers[0].readinessProbe.httpGet is missing");
            assertReported(violations, "Deployment/matching-service", "containers[1].resources.limits.memory is missing");
            assertReported(violations, "Deployment/matching-service", "serviceAccountName 'matching-service' is no ServiceAccount");
            assertReported(violations, "Deployment/matching-service", "no HorizontalPodAutoscaler");
            assertReported(violations, "Deployment/matching-service", "no PodDisruptionBudget");
            assertReported(violations, "Service/matching-service", "targetPort \"web\" is no port of matching-service's containers");
            assertReported(violations, "Service/Matching_Service", "selects the pods of no Deployment");
        }
    }

    @Nested
    class NetworkIsolation {

        @Test
        void onlyTheGatewayIsReachableFromOutsideAndTheServicesOnlyFromIt() {
            assertNone("NetworkPolicies", NetworkPolicies.violations(manifests));
        }

        @Test
        void reportsOpenIngressAndMissingPolicies() {
            List<String> violations = NetworkPolicies.violations(broken);

            assertReported(violations, "no default-deny NetworkPolicy for ingress");
            assertReported(violations, "Deployment/matching-service", "spec.ingress[0].from[0] admits ingress from other namespaces");
            assertReported(violations, "Deployment/matching-service", "spec.ingress[0].from[1] admits ingress from pods {}");
            assertReported(violations, "Deployment/matching-service", "spec.ingress[1].from[0]", "not only on named ports of its containers");
            assertReported(violations, "Deployment/matching-service", "no NetworkPolicy lets its pods reach DNS");
            assertReported(violations, "Cluster/matching-db", "no NetworkPolicy admits anything to its pods");
        }
    }

    @Nested
    class Databases {

        @Test
        void everyDatabaseHasThreeInstancesAndABackup() {
            assertNone("CloudNativePG Clusters and their backups", PostgresClusters.violations(manifests));
        }

        @Test
        void reportsTooFewInstancesAndMissingBackups() {
            List<String> violations = PostgresClusters.violations(broken);

            assertReported(violations, "Cluster/matching-db", "spec.instances must be 3");
            assertReported(violations, "Cluster/matching-db", "no ScheduledBackup names it");
            assertReported(violations, "ScheduledBackup/missing-db-daily", "names no Cluster of the manifests");
        }
    }
}
