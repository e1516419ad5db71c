package org.customsrisk.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTraceTest {

    @Test
    void wellFormedCorrelationIdIsKeptAnythingElseReplaced() {
        assertThat(RequestTrace.correlationIdOf("clearance-4711:a.b_c")).isEqualTo("clearance-4711:a.b_c");
        assertThat(RequestTrace.correlationIdOf("line\nbreak")).matches("[0-9a-f-]{36}");
        assertThat(RequestTrace.correlationIdOf("x".repeat(129))).matches("[0-9a-f-]{36}");
        assertThat(RequestTrace.correlationIdOf(null)).matches("[0-9a-f-]{36}");
    }

    @Test
    void validTraceparentPassesThroughAndAnInvalidOneStartsANewTrace() {
        String valid = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertThat(RequestTrace.traceparentOf(valid)).isEqualTo(valid);
        for (String invalid : new String[] { null, "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01" }) {
            assertThat(RequestTrace.traceparentOf(invalid))
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                    .isNotEqualTo(invalid);
        }
    }
}
