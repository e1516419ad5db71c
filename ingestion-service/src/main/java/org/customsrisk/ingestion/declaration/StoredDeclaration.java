package org.customsrisk.ingestion.declaration;

/** The receipt of one submission and what storing it did. */
public record StoredDeclaration(DeclarationReceipt receipt, WriteOutcome outcome) {
}
