package org.tahub.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Kubernetes API's own types (fabric8's model), read strictly: a value of the wrong type fails, as the API
 * server's decoder does, and fields the type does not have (which fabric8 keeps in {@code additionalProperties})
 * are found by walking the object graph, as the API server's strict field validation would refuse them.
 */
final class KubernetesModel {

    /** The core kinds the manifests may hold, by apiVersion/kind; any other one fails. */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

    /** Jackson coerces "3" to 3 and 3 to "3" by default; the API server refuses both. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private static final Map<Class<?>, BeanDescription> BEANS = new ConcurrentHashMap<>();

    private KubernetesModel() {
    }

    /** Reads a tree into a model type, or fails with the path and reason of the first value of a wrong type. */
    static <T> T read(JsonNode tree, Class<T> type) throws InvalidValueException {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            throw new InvalidValueException((path.isEmpty() ? "" : path.substring(1) + ": ") + e.getOriginalMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidValueException(e.getOriginalMessage());
        }
    }

    /** The fields a model object (and every object it holds) did not know, as paths from {@code path}. */
    static List<String> unknownFields(Object model, String path) {
        List<String> unknown = new ArrayList<>();
        walk(model, path, unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", unknown);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> walk(element, join(path, String.valueOf(key)), unknown));
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.")) {
            BeanDescription bean = BEANS.computeIfAbsent(value.getClass(),
                    type -> MAPPER.getSerializationConfig().introspect(MAPPER.constructType(type)));
            AnnotatedMember anyGetter = bean.findAnyGetter();
            if (anyGetter != null && anyGetter.getValue(value) instanceof Map<?, ?> extra) {
                extra.keySet().forEach(field -> unknown.add(join(path, String.valueOf(field))));
            }
            for (BeanPropertyDefinition property : bean.findProperties()) {
                AnnotatedMember accessor = property.getAccessor();
                if (accessor != null && !accessor.equals(anyGetter)) {
                    walk(accessor.getValue(value), join(path, property.getName()), unknown);
                }
            }
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A value of the wrong type (a string for an integer, a list for a map...). */
    static final class InvalidValueException extends Exception {
        InvalidValueException(String message) {
            super(message);
        }
    }
}
