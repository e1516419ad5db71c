package org.customsrisk.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarations the load sends: rows of the KCS valid quarter (real header and goods-item values, one
 * item each, values in KRW, as ingestion's KCS layout maps them), each sent under a fresh
 * declaration id so that every request is a new declaration.
 */
final class Declarations {

    private final List<ObjectNode> templates;

    private Declarations(List<ObjectNode> templates) {
        this.templates = templates;
    }

    /** The first {@code count} rows of datasets/kcs/df_syn_valid_eng.csv. */
    static Declarations kcsValid(int count) throws IOException {
        Path file = Platform.repositoryRoot().resolve("datasets/kcs/df_syn_valid_eng.csv");
        List<ObjectNode> templates = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null && templates.size() < count; line = in.readLine()) {
                templates.add(fromKcs(line.split(",", -1)));
            }
        }
        return new Declarations(templates);
    }

    /** One KCS row (columns as in the file's header) as the body of POST /api/v1/declarations. */
    static ObjectNode fromKcs(String[] row) {
        ObjectNode item = Platform.JSON.createObjectNode();
        item.put("itemNumber", 1);
        item.put("hsCode", row[12]);
        item.put("countryOfOrigin", row[14]);
        text(item, "originIndicator", row[17]);
        decimal(item, "netMassKg", row[18]);
        decimal(item, "cifValue", row[19]);
        item.put("currency", "KRW");
        decimal(item, "taxRate", row[15]);
        text(item, "taxType", row[16]);
        ObjectNode declaration = Platform.JSON.createObjectNode();
        declaration.put("declarationId", row[0]);
        declaration.put("acceptanceDate", row[1]);
        declaration.put("customsOfficeCode", row[2]);
        declaration.put("importerId", row[9]);
        declaration.put("declarantId", row[8]);
        text(declaration, "sellerId", row[10]);
        text(declaration, "courierId", row[11]);
        text(declaration, "countryOfDeparture", row[13]);
        text(declaration, "modeOfTransport", row[7]);
        text(declaration, "processType", row[3]);
        text(declaration, "importType", row[4]);
        text(declaration, "importUse", row[5]);
        text(declaration, "paymentType", row[6]);
        declaration.putArray("goodsItems").add(item);
        return declaration;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (!value.isBlank()) {
            node.put(field, value);
        }
    }

    private static void decimal(ObjectNode node, String field, String value) {
        if (!value.isBlank()) {
            node.put(field, new BigDecimal(value));
        }
    }

    int size() {
        return templates.size();
    }

    /** Template {@code index % size()} under the declaration id given. */
    ObjectNode declaration(long index, String declarationId) {
        ObjectNode declaration = templates.get((int) (index % templates.size())).deepCopy();
        declaration.put("declarationId", declarationId);
        return declaration;
    }

    /** Keeps only the templates at the positions given (e.g. those ingestion accepted). */
    Declarations only(List<Integer> positions) {
        return new Declarations(positions.stream().map(templates::get).toList());
    }

    /** {@code size} declarations as the body of POST /api/v1/declaration-batches. */
    ObjectNode batch(long firstIndex, int size, String idPrefix) {
        ObjectNode batch = Platform.JSON.createObjectNode();
        ArrayNode declarations = batch.putArray("declarations");
        for (int offset = 0; offset < size; offset++) {
            declarations.add(declaration(firstIndex + offset, idPrefix + (firstIndex + offset)));
        }
        return batch;
    }
}
