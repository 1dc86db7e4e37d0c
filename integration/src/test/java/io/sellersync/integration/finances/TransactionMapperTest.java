// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.finances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.generated.finances.ListTransactionsResponse;
import io.sellersync.integration.spapi.generated.finances.Transaction;
import io.sellersync.messages.finances.AmazonTransaction;
import io.sellersync.messages.finances.BreakdownNode;
import io.sellersync.messages.finances.RelatedIdentifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Amazon's transaction JSON, as the client decodes it, into sellersync's transaction. */
class TransactionMapperTest {

    private static Transaction parse(String json) throws Exception {
        return SpApiClients.mapper()
                .readValue("{\"payload\":{\"transactions\":[" + json + "]}}", ListTransactionsResponse.class)
                .getPayload()
                .getTransactions()
                .get(0);
    }

    @Test
    void aDeferredShipmentKeepsItsTreeItsItemsAndEveryAmountExactly() throws Exception {
        AmazonTransaction t = TransactionMapper.map(parse("""
                        {"sellingPartnerMetadata":{"sellingPartnerId":"AZKEIWEA67C9N3","accountType":"Standard Orders",
                          "marketplaceId":"A1F83G8C2ARO7P"},
                         "relatedIdentifiers":[{"relatedIdentifierName":"ORDER_ID","relatedIdentifierValue":"205-1-2"}],
                         "transactionType":"Shipment","transactionId":"2051-00000042","transactionStatus":"DEFERRED",
                         "description":"Order Payment","postedDate":"2026-03-02T10:00:00Z",
                         "totalAmount":{"currencyCode":"GBP","currencyAmount":122.110000000000000001},
                         "marketplaceDetails":{"marketplaceId":"A1F83G8C2ARO7P","marketplaceName":"Amazon.co.uk"},
                         "contexts":[{"contextType":"DeferredContext","deferralReason":"DD7",
                           "maturityDate":"2026-03-09T10:00:00Z"}],
                         "items":[{"description":"Product","totalAmount":{"currencyCode":"GBP","currencyAmount":122.11},
                           "breakdowns":[{"breakdownType":"Sales","breakdownAmount":{"currencyCode":"GBP","currencyAmount":144.16}}],
                           "contexts":[{"contextType":"ProductContext","asin":"B05NY8H8FY","sku":"ZK-A4DD-0031",
                             "quantityShipped":2,"fulfillmentNetwork":"MFN"}]}],
                         "breakdowns":[{"breakdownType":"Sales","breakdownAmount":{"currencyCode":"GBP","currencyAmount":144.16},
                             "breakdowns":[{"breakdownType":"Principal","breakdownAmount":{"currencyCode":"GBP","currencyAmount":144.16}}]},
                           {"breakdownType":"Expenses","breakdownAmount":{"currencyCode":"GBP","currencyAmount":-22.05},
                             "breakdowns":[{"breakdownType":"AmazonFees","breakdownAmount":{"currencyCode":"GBP","currencyAmount":-22.05},
                               "breakdowns":[{"breakdownType":"Commission","breakdownAmount":{"currencyCode":"GBP","currencyAmount":-21.62}},
                                 {"breakdownType":"DigitalServicesFee","breakdownAmount":{"currencyCode":"GBP","currencyAmount":-0.43}}]}]}]}
                        """), "A1F83G8C2ARO7P");

        assertThat(t.transactionId()).isEqualTo("2051-00000042");
        assertThat(t.total().amount().toPlainString()).isEqualTo("122.110000000000000001");
        assertThat(t.total().currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(t.orderId()).isEqualTo("205-1-2");
        assertThat(t.financialEventGroupId()).isNull();
        assertThat(t.sku()).isEqualTo("ZK-A4DD-0031");
        assertThat(t.asin()).isEqualTo("B05NY8H8FY");
        assertThat(t.quantity()).isEqualTo(2);
        assertThat(t.fulfillmentNetwork()).isEqualTo("MFN");
        assertThat(t.deferralReason()).isEqualTo("DD7");
        assertThat(t.maturityDate()).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        assertThat(t.relatedIdentifiers()).containsExactly(new RelatedIdentifier("ORDER_ID", "205-1-2"));
        BreakdownNode commission =
                t.breakdowns().get(1).breakdowns().get(0).breakdowns().get(0);
        assertThat(commission.type()).isEqualTo("Commission");
        assertThat(commission.amount().toPlainString()).isEqualTo("-21.62");
        assertThat(t.items()).singleElement().satisfies(item -> {
            assertThat(item.sku()).isEqualTo("ZK-A4DD-0031");
            assertThat(item.quantity()).isEqualTo(2);
            assertThat(item.total().toPlainString()).isEqualTo("122.11");
        });
    }

    @Test
    void amazonsOwnSandboxExampleHasNoTransactionIdAndIsRefusedNamingIt() throws Exception {
        Transaction example = parse("""
                {"sellingPartnerMetadata":{"sellingPartnerId":"A3TH9S8BH6GOGM","accountType":"PAYABLE",
                  "marketplaceId":"ATIV93840DER"},
                 "relatedIdentifiers":[{"relatedIdentifierName":"FINANCIAL_EVENT_GROUP_ID",
                   "relatedIdentifierValue":"4MVaHcsAfaYAlwlaPWrXJxrfUiKfYZ2ooWtY7528FUA"},
                   {"relatedIdentifierName":"ORDER_ID","relatedIdentifierValue":"8129762527551"}],
                 "transactionType":"Shipment","postedDate":"2020-07-14T03:35:13.214Z",
                 "totalAmount":{"currencyAmount":10,"currencyCode":"USD"}}
                """);
        assertThatThrownBy(() -> TransactionMapper.map(example, null))
                .isInstanceOf(TransactionMapper.MalformedTransaction.class)
                .hasMessageContaining("transactionId");
    }

    @Test
    void aMissingAmountCountsAsZeroAndTheMarketplaceFallsBackToTheRequestedOne() throws Exception {
        AmazonTransaction t = TransactionMapper.map(parse("""
                        {"transactionId":"T-1","transactionType":"ServiceFee","postedDate":"2026-03-01T00:00:00Z",
                         "totalAmount":{"currencyCode":"EUR","currencyAmount":-1.5},
                         "breakdowns":[{"breakdownType":"Expenses","breakdowns":[]}]}
                        """), "A1PA6795UKMFR9");
        assertThat(t.marketplaceId().value()).isEqualTo("A1PA6795UKMFR9");
        assertThat(t.breakdowns().get(0).amount()).isZero();
        assertThat(t.items()).isEmpty();
    }

    @Test
    void aNodeInAnotherCurrencyIsRefused() throws Exception {
        Transaction mixed = parse("""
                {"transactionId":"T-2","transactionType":"Shipment","postedDate":"2026-03-01T00:00:00Z",
                 "totalAmount":{"currencyCode":"EUR","currencyAmount":1},
                 "breakdowns":[{"breakdownType":"Sales","breakdownAmount":{"currencyCode":"GBP","currencyAmount":1}}]}
                """);
        assertThatThrownBy(() -> TransactionMapper.map(mixed, null))
                .isInstanceOf(TransactionMapper.MalformedTransaction.class)
                .hasMessageContaining("mixes currencies");
    }
}
