package org.customsrisk.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {

    private final WebhookUrls strict = new WebhookUrls(config(false));

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "::1", "fd00::1", "fe80::1" })
    void internalAddressesAreRefused(String address) throws UnknownHostException {
        assertThat(WebhookUrls.isInternal(InetAddress.getByName(address))).isTrue();
        assertThat(strict.refusal("https://" + (address.contains(":") ? "[" + address + "]" : address) + "/hook"))
                .contains("must not point to a private, loopback or link-local address");
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "193.0.6.139", "2001:4860:4860::8888" })
    void publicAddressesAreAccepted(String address) throws UnknownHostException {
        assertThat(WebhookUrls.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://8.8.8.8/hook", "ftp://8.8.8.8/hook", "https:///hook", "not a url",
            "https://user:pw@8.8.8.8/hook" })
    void onlyHttpsUrlsWithAHostAndNoCredentials(String url) {
        assertThat(strict.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8089/hook", "https://localhost/hook" })
    void localRunsMayUseLoopbackAndHttp(String url) {
        assertThat(new WebhookUrls(config(true)).refusal(url)).isEmpty();
    }

    private static WebhookConfig config(boolean allowInsecure) {
        return new WebhookConfig() {
            @Override
            public int maxAttempts() {
                return 1;
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public boolean allowInsecureUrls() {
                return allowInsecure;
            }
        };
    }
}
