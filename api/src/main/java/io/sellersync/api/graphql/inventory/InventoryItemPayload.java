// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.inventory;

import io.sellersync.messages.inventory.InventoryItemView;

record InventoryItemPayload(String itemId, InventoryItemView item) {}
