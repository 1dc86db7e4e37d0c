// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.accounts;

import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountView;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "account_view")
class AccountEntity {

    @Id
    @Column(name = "account_id")
    private String accountId;

    private String name;

    @Column(name = "selling_partner_id")
    private String sellingPartnerId;

    @Enumerated(EnumType.STRING)
    private Region region;

    private String marketplaces;

    @Column(name = "lwa_client_id")
    private String lwaClientId;

    @Column(name = "client_secret_expires_on")
    private LocalDate clientSecretExpiresOn;

    @Column(name = "sp_api_url")
    private String spApiUrl;

    @Column(name = "lwa_url")
    private String lwaUrl;

    @Column(name = "needs_reauthorization")
    private String needsReauthorization;

    @Column(name = "guard_floor")
    private BigDecimal guardFloor;

    @Column(name = "guard_ceiling")
    private BigDecimal guardCeiling;

    @Column(name = "guard_max_change_percent")
    private BigDecimal guardMaxChangePercent;

    @Column(name = "connected_at")
    private Instant connectedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AccountEntity() {}

    AccountEntity(
            String accountId,
            String name,
            String sellingPartnerId,
            Region region,
            String lwaClientId,
            LocalDate clientSecretExpiresOn,
            Instant connectedAt) {
        this.accountId = accountId;
        this.name = name;
        this.sellingPartnerId = sellingPartnerId;
        this.region = region;
        this.lwaClientId = lwaClientId;
        this.clientSecretExpiresOn = clientSecretExpiresOn;
        this.connectedAt = connectedAt;
        this.updatedAt = connectedAt;
    }

    void marketplaces(List<MarketplaceId> ids, Instant at) {
        this.marketplaces = ids.stream().map(MarketplaceId::value).collect(Collectors.joining(","));
        this.updatedAt = at;
    }

    void endpoints(SpApiEndpoints endpoints) {
        this.spApiUrl = endpoints == null ? null : endpoints.spApiUrl();
        this.lwaUrl = endpoints == null ? null : endpoints.lwaUrl();
    }

    void needsReauthorization(String reason, Instant at) {
        this.needsReauthorization = reason;
        this.updatedAt = at;
    }

    void credentials(String lwaClientId, LocalDate clientSecretExpiresOn, Instant at) {
        this.lwaClientId = lwaClientId;
        this.clientSecretExpiresOn = clientSecretExpiresOn;
        this.updatedAt = at;
    }

    void guardRails(GuardRails rails, Instant at) {
        this.guardFloor = rails.floor();
        this.guardCeiling = rails.ceiling();
        this.guardMaxChangePercent = rails.maxChangePercent();
        this.updatedAt = at;
    }

    AccountView toView() {
        List<MarketplaceId> ids = marketplaces == null || marketplaces.isEmpty()
                ? List.of()
                : Arrays.stream(marketplaces.split(",")).map(MarketplaceId::new).toList();
        return new AccountView(
                new AccountId(accountId),
                name,
                sellingPartnerId,
                region,
                ids,
                lwaClientId,
                clientSecretExpiresOn,
                spApiUrl == null ? null : new SpApiEndpoints(spApiUrl, lwaUrl),
                needsReauthorization,
                connectedAt,
                updatedAt,
                guardMaxChangePercent == null
                        ? null
                        : new GuardRails(twoDecimals(guardFloor), twoDecimals(guardCeiling), guardMaxChangePercent));
    }

    /** NUMERIC(14,4) comes back as 5.0000; a rail reads as 5.00 unless it was set with more decimals. */
    private static BigDecimal twoDecimals(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 2 ? plain.setScale(2) : plain;
    }
}
