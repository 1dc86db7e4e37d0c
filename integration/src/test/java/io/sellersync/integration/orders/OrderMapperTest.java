// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellersync.integration.spapi.SpApiClients;
import io.sellersync.integration.spapi.generated.orders.GetOrderResponse;
import io.sellersync.messages.orders.AmazonOrder;
import io.sellersync.messages.orders.FulfillmentChannel;
import io.sellersync.messages.orders.OrderItem;
import io.sellersync.messages.orders.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amazon's Orders 2026-01-01 order JSON, as the client decodes it, into the order and, apart, its buyer data. */
class OrderMapperTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    static final String SHIPPED = """
            {"order":{"orderId":"202-1234567-7654321","createdTime":"2026-03-02T10:00:00Z",
              "lastUpdatedTime":"2026-03-03T10:00:00Z","programs":["PRIME"],
              "salesChannel":{"channelName":"AMAZON","marketplaceId":"A1F83G8C2ARO7P","marketplaceName":"Amazon.co.uk"},
              "buyer":{"buyerName":"Anna Smith","buyerEmail":"anna@example.invalid"},
              "recipient":{"deliveryAddress":{"name":"Anna Smith","addressLine1":"1 Example Street","city":"Leeds",
                "postalCode":"LS1 1AA","countryCode":"GB","addressType":"RESIDENTIAL"}},
              "proceeds":{"grandTotal":{"amount":"27.48","currencyCode":"GBP"},
                "breakdowns":[{"type":"ITEM","subtotal":{"amount":"20.82","currencyCode":"GBP"}}]},
              "fulfillment":{"fulfillmentStatus":"SHIPPED","fulfilledBy":"MERCHANT","fulfillmentServiceLevel":"STANDARD",
                "shipByWindow":{"earliestDateTime":"2026-03-02T10:00:00Z","latestDateTime":"2026-03-04T10:00:00Z"},
                "deliverByWindow":{"earliestDateTime":"2026-03-04T10:00:00Z","latestDateTime":"2026-03-07T10:00:00Z"}},
              "orderItems":[{"orderItemId":"31234567890123","quantityOrdered":2,
                "product":{"asin":"B00EXAMPLE","title":"A book","sellerSku":"BK-1",
                  "condition":{"conditionType":"USED"},"price":{"unitPrice":{"amount":"12.495","currencyCode":"GBP"}}},
                "proceeds":{"proceedsTotal":{"amount":"27.48","currencyCode":"GBP"},
                  "breakdowns":[{"type":"DISCOUNT","subtotal":{"amount":"-2.08","currencyCode":"GBP"}}]},
                "promotion":{"breakdowns":[{"promotionId":"SPRING-SAVER-10"}]},
                "fulfillment":{"quantityFulfilled":2,"quantityUnfulfilled":0}}],
              "packages":[{"packageReferenceId":"1","createdTime":"2026-03-03T10:00:00Z",
                "packageStatus":{"status":"IN_TRANSIT","detailedStatus":"PICKED_UP"},"carrier":"Royal Mail",
                "trackingNumber":"AB123","packageItems":[{"orderItemId":"31234567890123","quantity":2}]}]}}
            """;

    static io.sellersync.integration.spapi.generated.orders.Order parse(String json) throws Exception {
        return SpApiClients.mapper().readValue(json, GetOrderResponse.class).getOrder();
    }

    @Test
    void aShippedOrderKeepsEveryFieldAndEveryAmountExactlyAndNoBuyerData() throws Exception {
        OrderMapper.Mapped mapped = OrderMapper.map(parse(SHIPPED), NOW);
        AmazonOrder order = mapped.order();
        assertThat(order.amazonOrderId()).isEqualTo("202-1234567-7654321");
        assertThat(order.marketplaceId().value()).isEqualTo("A1F83G8C2ARO7P");
        assertThat(order.purchaseDate()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(order.lastUpdatedTime()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
        assertThat(order.amazonStatus()).isEqualTo("SHIPPED");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.channel()).isEqualTo(FulfillmentChannel.MERCHANT);
        assertThat(order.shipBy()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
        assertThat(order.deliverBy()).isEqualTo(Instant.parse("2026-03-07T10:00:00Z"));
        assertThat(order.total().toString()).isEqualTo("GBP 27.48");
        OrderItem item = order.items().get(0);
        assertThat(item.asin()).isEqualTo("B00EXAMPLE");
        assertThat(item.sellerSku()).isEqualTo("BK-1");
        assertThat(item.title()).isEqualTo("A book");
        assertThat(item.quantityOrdered()).isEqualTo(2);
        assertThat(item.quantityShipped()).isEqualTo(2);
        assertThat(item.unitPrice().amount()).isEqualByComparingTo("12.495");
        assertThat(item.linePrice().amount()).isEqualByComparingTo("24.990");
        assertThat(item.promotionIds()).containsExactly("SPRING-SAVER-10");
        assertThat(item.promotionDiscount().toString()).isEqualTo("GBP -2.08");
        assertThat(order.toString()).doesNotContain("Anna", "anna@", "Leeds", "LS1");

        BuyerData buyer = mapped.buyer();
        assertThat(buyer.buyerName()).isEqualTo("Anna Smith");
        assertThat(buyer.buyerEmail()).isEqualTo("anna@example.invalid");
        assertThat(buyer.postalCode()).isEqualTo("LS1 1AA");
        assertThat(buyer.city()).isEqualTo("Leeds");
        assertThat(buyer.toString()).doesNotContain("Anna", "Leeds");
        assertThat(buyer.deliveredAt())
                .as("a package on its way: the end of the promised delivery window")
                .isEqualTo(Instant.parse("2026-03-07T10:00:00Z"));
    }

    @Test
    void aDeliveredPackageStartsTheRetentionNowAndAPendingOrderNone() throws Exception {
        String delivered = SHIPPED.replace("\"IN_TRANSIT\"", "\"DELIVERED\"");
        assertThat(OrderMapper.map(parse(delivered), NOW).buyer().deliveredAt()).isEqualTo(NOW);
        String pending = SHIPPED.replace("\"fulfillmentStatus\":\"SHIPPED\"", "\"fulfillmentStatus\":\"UNSHIPPED\"")
                .replace("\"packages\":[", "\"x\":[");
        assertThat(OrderMapper.map(parse(pending), NOW).buyer().deliveredAt()).isNull();
        assertThat(OrderMapper.map(parse(pending), NOW).order().status()).isEqualTo(OrderStatus.UNSHIPPED);
    }

    @Test
    void withoutBuyerDataThereIsNoBuyerHalf() throws Exception {
        String json = SHIPPED.replaceAll("\"buyer\":\\{[^}]*},", "")
                .replaceAll("\"recipient\":\\{\"deliveryAddress\":\\{[^}]*}},", "");
        OrderMapper.Mapped mapped = OrderMapper.map(parse(json), NOW);
        assertThat(mapped.buyer()).isNull();
        assertThat(mapped.order().items()).hasSize(1);
    }

    @Test
    void anOrderWithoutItsStatusIsRefusedNamingTheField() throws Exception {
        String json = SHIPPED.replace("\"fulfillmentStatus\":\"SHIPPED\",", "");
        assertThatThrownBy(() -> OrderMapper.map(parse(json), NOW))
                .isInstanceOf(OrderMapper.MalformedOrder.class)
                .hasMessageContaining("fulfillment.fulfillmentStatus");
    }

    @Test
    void windowsOverlapTheCursorStopBeforeNowAndTheFirstSyncReachesBackNinetyDays() {
        OrdersProperties p = OrdersProperties.defaults();
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        List<OrderSync.Window> first = OrderSync.incremental(null, now, p);
        assertThat(first.get(0).from())
                .isEqualTo(now.minus(Duration.ofMinutes(3)).minus(Duration.ofDays(90)));
        assertThat(first.get(first.size() - 1).to()).isEqualTo(now.minus(Duration.ofMinutes(3)));
        assertThat(first).hasSize(3);
        Instant cursor = Instant.parse("2026-03-10T11:00:00Z");
        assertThat(OrderSync.incremental(cursor, now, p))
                .containsExactly(
                        new OrderSync.Window(cursor.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(3))));
        List<OrderSync.Window> sweep = OrderSync.sweep(now, p);
        assertThat(sweep.get(0).from())
                .isEqualTo(now.minus(Duration.ofMinutes(3)).minus(Duration.ofDays(7)));
        assertThatThrownBy(() -> new OrdersProperties(
                        Duration.ofMinutes(2),
                        p.overlap(),
                        p.settle(),
                        p.initialImport(),
                        p.sweep(),
                        p.dailySweepAt(),
                        p.maxWindow(),
                        p.backfillChunk(),
                        p.rereadAfter(),
                        p.rereadBatch(),
                        p.buyerData(),
                        p.piiRetention(),
                        p.commandsInFlight(),
                        p.automatic()))
                .hasMessageContaining("180 s");
    }
}
