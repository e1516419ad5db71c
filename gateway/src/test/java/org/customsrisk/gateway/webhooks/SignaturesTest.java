package org.customsrisk.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void signatureIsTheHmacSha256OfTimestampDotBodyInHex() {
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertThat(Signatures.sign("whsec_test", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }

    @Test
    void secretsAreLongAndNeverRepeat() {
        String first = Signatures.newSecret();
        assertThat(first).startsWith("whsec_").hasSize(6 + 43);
        assertThat(Signatures.newSecret()).isNotEqualTo(first);
    }
}
