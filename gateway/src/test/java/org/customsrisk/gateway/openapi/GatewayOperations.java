package org.customsrisk.gateway.openapi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The JAX-RS operations the gateway's classes declare ("get /api/v1/models/{name}"), with the roles
 * their {@code @RolesAllowed} admits (empty when the operation has none): what the OpenAPI document
 * must describe and what the security suite must find refused to everybody else.
 */
final class GatewayOperations {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch");

    private GatewayOperations() {
    }

    static Map<String, Set<String>> declared() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Map<String, Set<String>> operations = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/customsrisk/gateway"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, GatewayOperations.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null || type.isInterface()) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                            ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
                    METHODS.forEach((annotation, verb) -> {
                        if (method.isAnnotationPresent(annotation)) {
                            operations.put(verb + " " + path(root, method.getAnnotation(Path.class)),
                                    allowed == null ? Set.of() : Set.of(allowed.value()));
                        }
                    });
                }
            }
        }
        return operations;
    }

    private static String path(Path root, Path sub) {
        String path = (root.value() + (sub == null ? "" : "/" + sub.value()))
                .replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
