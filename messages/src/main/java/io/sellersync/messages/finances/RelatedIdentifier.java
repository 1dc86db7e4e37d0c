// SPDX-License-Identifier: Apache-2.0
package io.sellersync.messages.finances;

/** One of Amazon's related identifiers of a transaction, e.g. {@code ORDER_ID}, {@code FINANCIAL_EVENT_GROUP_ID}. */
public record RelatedIdentifier(String name, String value) {}
