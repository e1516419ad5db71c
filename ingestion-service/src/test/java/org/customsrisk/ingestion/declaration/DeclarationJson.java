package org.customsrisk.ingestion.declaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Declarations as a clearance system sends them: JSON objects, built as maps the tests can bend. */
public final class DeclarationJson {

    private DeclarationJson() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static Map<String, Object> declaration(String declarationId) {
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("declarationId", declarationId);
        declaration.put("acceptanceDate", "2024-03-18");
        declaration.put("customsOfficeCode", "030");
        declaration.put("importerId", "IMP-7JD1S2X");
        declaration.put("declarantId", "DEC-SWF9S4X");
        declaration.put("sellerId", "SEL-8WDKMC6");
        declaration.put("countryOfDeparture", "CN");
        declaration.put("modeOfTransport", "40");
        declaration.put("processType", "B");
        declaration.put("importType", "11");
        declaration.put("goodsItems", new ArrayList<>(List.of(goodsItem(1, "690722"))));
        return declaration;
    }

    public static Map<String, Object> goodsItem(int itemNumber, String hsCode) {
        Map<String, Object> item = new HashMap<>();
        item.put("itemNumber", itemNumber);
        item.put("hsCode", hsCode);
        item.put("description", "Ceramic tiles");
        item.put("countryOfOrigin", "CN");
        item.put("quantity", 1200);
        item.put("quantityUnit", "MTK");
        item.put("grossMassKg", 11900.5);
        item.put("netMassKg", 11352);
        item.put("fobValue", 351000);
        item.put("cifValue", 375751.2);
        item.put("currency", "KRW");
        item.put("taxRate", 8);
        item.put("taxType", "A");
        item.put("dutyAndTaxes", 30060.1);
        return item;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstItem(Map<String, Object> declaration) {
        return ((List<Map<String, Object>>) declaration.get("goodsItems")).get(0);
    }
}
