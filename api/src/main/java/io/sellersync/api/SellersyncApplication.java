// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The one deployable: composes the command side, query side and integration into a Spring Boot application. */
@SpringBootApplication(scanBasePackages = {"io.sellersync.api", "io.sellersync.query", "io.sellersync.integration"})
@ConfigurationPropertiesScan("io.sellersync")
@EntityScan(
        basePackages = {
            "io.sellersync.query",
            "org.axonframework.eventsourcing.eventstore.jpa",
            "org.axonframework.modelling.saga.repository.jpa",
            "org.axonframework.eventhandling.tokenstore.jpa"
        })
@EnableJpaRepositories("io.sellersync.query")
public class SellersyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(SellersyncApplication.class, args);
    }
}
