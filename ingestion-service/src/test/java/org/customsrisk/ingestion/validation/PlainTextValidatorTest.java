package org.customsrisk.ingestion.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = { "Ceramic tiles", "line one\nline two\r\n\tindented", "Ünïcödé – 陶瓷", "=SUM(A1)", "" })
    void printableTextAndLineBreaksAreAllowed(String text) {
        assertThat(PlainTextValidator.hasControlCharacter(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "nul\u0000byte", "\u001B[31mred", "bell\u0007", "c1\u0085control", "\u007F" })
    void controlCharactersAreNot(String text) {
        assertThat(PlainTextValidator.hasControlCharacter(text)).isTrue();
    }
}
