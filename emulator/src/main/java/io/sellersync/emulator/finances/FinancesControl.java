// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator.finances;

import io.sellersync.emulator.world.Marketplace;
import io.sellersync.emulator.world.World;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API of the ledger (not SP-API): make the next payout of a seller in a marketplace differ from what became
 * payable in its financial event group, so a reconciliation test has exactly one mismatch to find.
 */
@RestController
@RequestMapping("/_emulator/finances")
class FinancesControl {

    record DiscrepancyRequest(String sellerId, String marketplaceId, BigDecimal amount) {}

    private final Ledger ledger;
    private final World world;

    FinancesControl(Ledger ledger, World world) {
        this.ledger = ledger;
        this.world = world;
    }

    @PostMapping("/payout-discrepancy")
    Map<String, Object> injectPayoutDiscrepancy(@RequestBody DiscrepancyRequest request) {
        String sellerId = request.sellerId() == null
                ? world.demoSeller().sellerId()
                : world.seller(request.sellerId())
                        .orElseThrow(() -> new IllegalArgumentException("unknown sellerId"))
                        .sellerId();
        if (request.marketplaceId() == null
                || Marketplace.byId(request.marketplaceId()).isEmpty()) {
            throw new IllegalArgumentException("'marketplaceId' must be a marketplace of the world");
        }
        if (request.amount() == null
                || request.amount().signum() == 0
                || request.amount().scale() > 2) {
            throw new IllegalArgumentException("'amount' must be a non-zero amount with at most two decimals");
        }
        ledger.injectPayoutDiscrepancy(sellerId, request.marketplaceId(), request.amount());
        return pending();
    }

    @GetMapping("/payout-discrepancy")
    Map<String, Object> pending() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pending", ledger.pendingPayoutDiscrepancies());
        return body;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }
}
