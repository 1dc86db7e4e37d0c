// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.spapi;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Seller SKUs may contain slashes, which clients send URL-encoded ({@code %2F}) in the Listings Items path, as Amazon
 * asks. Tomcat rejects encoded slashes by default; passing them through keeps the SKU one path segment.
 */
@Component
class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
