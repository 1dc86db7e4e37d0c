// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.api;

import feign.Param;
import feign.RequestLine;
import io.sellersync.integration.spapi.generated.finances.ListTransactionsResponse;

/** Finances API 2024-06-19. */
public interface FinancesApi {

    @RequestLine("GET /finances/2024-06-19/transactions?postedAfter={postedAfter}&postedBefore={postedBefore}"
            + "&marketplaceId={marketplaceId}&transactionStatus={transactionStatus}&nextToken={nextToken}")
    ListTransactionsResponse listTransactions(
            @Param("postedAfter") String postedAfter,
            @Param("postedBefore") String postedBefore,
            @Param("marketplaceId") String marketplaceId,
            @Param("transactionStatus") String transactionStatus,
            @Param("nextToken") String nextToken);
}
