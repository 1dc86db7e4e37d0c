// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's {@code @Scheduled} housekeeping (such as deleting CSV uploads a seller previewed but never
 * imported). Nothing event-sourced runs here: Axon's processors have their own threads.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfig {}
