// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.world;

/** An ASIN in Amazon's catalogue: listings attach offers to it, and its product type decides which attributes apply. */
public record CatalogItem(String asin, String productType, String itemName, String brand, String ean) {}
