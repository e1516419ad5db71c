package org.customsrisk.ingestion.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of a valid declaration, the way a broken or hostile client sends them: fields
 * missing, of the wrong type, out of range, oversized, with control characters or formula prefixes;
 * bodies cut short, nested without end, or not JSON at all. The same seed gives the same bodies, so a
 * failure can be replayed.
 */
final class HostileDeclarations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Object> ODD_VALUES = List.of("", " ", "NaN", "-Infinity", "1e999", "-1", "0x1F",
            "=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "\u0000", "\u202Egnp.exe", "' OR 1=1 --", "<script>",
            "9".repeat(40), "x".repeat(5000), -1, -1e308, 1e308, 0, Long.MAX_VALUE, 3.5, true, false,
            List.of(), List.of(1, 2), Map.of(), Map.of("a", Map.of("b", 1)));

    private final Random random;

    HostileDeclarations(long seed) {
        this.random = new Random(seed);
    }

    /** A body and what it is, for the report of a failure. */
    record Body(String description, String json) {
    }

    Body next(String declarationId) {
        Map<String, Object> declaration = DeclarationJson.declaration(declarationId);
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> cut(declaration);
            case 1 -> new Body("nested 5000 levels deep", "[".repeat(5000) + "]".repeat(5000));
            case 2 -> new Body("not JSON", List.of("declaration", "<xml/>", "{'a':1}", "{\"a\":}", "\uFEFF{}", "null")
                    .get(random.nextInt(6)));
            case 3 -> {
                Map<String, Object> item = DeclarationJson.firstItem(declaration);
                String field = pick(new ArrayList<>(item.keySet()));
                item.remove(field);
                yield write("goods item without " + field, declaration);
            }
            case 4 -> {
                String field = pick(new ArrayList<>(declaration.keySet()).stream()
                        .filter(name -> !name.equals("declarationId")).toList());
                declaration.remove(field);
                yield write("declaration without " + field, declaration);
            }
            case 5 -> {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) declaration.get("goodsItems");
                int copies = 1 + random.nextInt(3);
                for (int i = 0; i < copies; i++) {
                    items.add(DeclarationJson.goodsItem(1, "690722"));
                }
                yield write(copies + " goods items repeating item number 1", declaration);
            }
            default -> {
                boolean onItem = random.nextBoolean();
                Map<String, Object> target = onItem ? DeclarationJson.firstItem(declaration) : declaration;
                String field = pick(new ArrayList<>(target.keySet()).stream()
                        .filter(name -> !name.equals("declarationId") && !name.equals("goodsItems")).toList());
                Object value = pick(ODD_VALUES);
                target.put(field, value);
                yield write((onItem ? "goods item " : "declaration ") + field + " = " + abbreviate(value), declaration);
            }
        };
    }

    private Body cut(Map<String, Object> declaration) {
        String json = write("", declaration).json();
        int at = 1 + random.nextInt(json.length() - 2);
        return new Body("cut after " + at + " characters", json.substring(0, at));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Body write(String description, Map<String, Object> declaration) {
        try {
            return new Body(description, JSON.writeValueAsString(declaration));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "... (" + text.length() + " characters)" : text;
    }
}
