// SPDX-License-Identifier: Apache-2.0
package io.sellersync.command.accounts;

import io.sellersync.messages.accounts.AccountCredentialsUpdatedEvent;
import io.sellersync.messages.accounts.AccountGuardRailsChangedEvent;
import io.sellersync.messages.accounts.AccountId;
import io.sellersync.messages.accounts.AccountMarketplacesChangedEvent;
import io.sellersync.messages.accounts.AccountNeedsReauthorizationEvent;
import io.sellersync.messages.accounts.AccountReauthorizedEvent;
import io.sellersync.messages.accounts.ChangeAccountGuardRailsCommand;
import io.sellersync.messages.accounts.ChangeAccountMarketplacesCommand;
import io.sellersync.messages.accounts.ConnectSellerAccountCommand;
import io.sellersync.messages.accounts.GuardRails;
import io.sellersync.messages.accounts.MarkAccountNeedsReauthorizationCommand;
import io.sellersync.messages.accounts.RemoveSellerAccountCommand;
import io.sellersync.messages.accounts.SellerAccountConnectedEvent;
import io.sellersync.messages.accounts.SellerAccountRemovedEvent;
import io.sellersync.messages.accounts.SpApiEndpoints;
import io.sellersync.messages.accounts.UpdateAccountCredentialsCommand;
import io.sellersync.messages.shared.BusinessException;
import io.sellersync.messages.shared.MarketplaceId;
import io.sellersync.messages.shared.Marketplaces;
import io.sellersync.messages.shared.Region;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SellerAccountTest {

    private static final AccountId ID = new AccountId("acc-1");
    private static final MarketplaceId UK = new MarketplaceId("A1F83G8C2ARO7P");
    private static final MarketplaceId DE = new MarketplaceId("A1PA6795UKMFR9");
    private static final MarketplaceId US = new MarketplaceId("ATVPDKIKX0DER");
    private static final String CLIENT = "amzn1.application-oa2-client.abc123";
    private static final LocalDate EXPIRY = LocalDate.of(2027, 5, 1);

    private AggregateTestFixture<SellerAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SellerAccount.class);
    }

    private static ConnectSellerAccountCommand connect(List<MarketplaceId> marketplaces) {
        return new ConnectSellerAccountCommand(
                ID, " Acme EU ", "A2EXAMPLE1234", Region.EU, marketplaces, CLIENT, EXPIRY, null);
    }

    private static SellerAccountConnectedEvent connected() {
        return new SellerAccountConnectedEvent(
                ID, "Acme EU", "A2EXAMPLE1234", Region.EU, List.of(UK, DE), CLIENT, EXPIRY, null);
    }

    @Test
    void connectsAnAccountWithTheEuDefaults() {
        fixture.givenNoPriorActivity()
                .when(connect(Marketplaces.defaults(Region.EU)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SellerAccountConnectedEvent(
                        ID,
                        "Acme EU",
                        "A2EXAMPLE1234",
                        Region.EU,
                        Marketplaces.defaults(Region.EU),
                        CLIENT,
                        EXPIRY,
                        null));
    }

    @Test
    void refusesAMarketplaceOfAnotherRegion() {
        fixture.givenNoPriorActivity()
                .when(connect(List.of(UK, US)))
                .expectNoEvents()
                .expectException(BusinessException.class)
                .expectExceptionMessage(Matchers.predicate(m -> ((String) m).contains("US belongs to region NA")));
    }

    @Test
    void refusesAnAccountWithoutMarketplaces() {
        fixture.givenNoPriorActivity()
                .when(connect(List.of()))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    @Test
    void refusesAMalformedSellerId() {
        fixture.givenNoPriorActivity()
                .when(new ConnectSellerAccountCommand(
                        ID, "Acme", "not a seller", Region.EU, List.of(UK), CLIENT, EXPIRY, null))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    @Test
    void refusesAnLwaClientIdThatIsNotOne() {
        fixture.givenNoPriorActivity()
                .when(new ConnectSellerAccountCommand(
                        ID, "Acme", "A2EXAMPLE1234", Region.EU, List.of(UK), "x", EXPIRY, null))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    @Test
    void changesMarketplaces() {
        fixture.given(connected())
                .when(new ChangeAccountMarketplacesCommand(ID, List.of(DE)))
                .expectEvents(new AccountMarketplacesChangedEvent(ID, List.of(DE)));
    }

    @Test
    void sameMarketplacesChangeNothing() {
        fixture.given(connected())
                .when(new ChangeAccountMarketplacesCommand(ID, List.of(UK, DE)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordsACredentialRotationWithoutTheSecret() {
        LocalDate next = LocalDate.of(2027, 11, 1);
        fixture.given(connected())
                .when(new UpdateAccountCredentialsCommand(ID, CLIENT, next))
                .expectEvents(new AccountCredentialsUpdatedEvent(ID, CLIENT, next));
    }

    @Test
    void removesAnAccountOnceAndThenRefusesChanges() {
        fixture.given(connected())
                .when(new RemoveSellerAccountCommand(ID))
                .expectEvents(new SellerAccountRemovedEvent(ID, "Acme EU"));
        fixture.given(connected(), new SellerAccountRemovedEvent(ID, "Acme EU"))
                .when(new ChangeAccountMarketplacesCommand(ID, List.of(DE)))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    @Test
    void refusesAnEndpointThatIsNotAnHttpAddress() {
        fixture.givenNoPriorActivity()
                .when(new ConnectSellerAccountCommand(
                        ID,
                        "Acme",
                        "A2EXAMPLE1234",
                        Region.EU,
                        List.of(UK),
                        CLIENT,
                        EXPIRY,
                        new SpApiEndpoints("ftp://emulator", "http://localhost:8788/auth/o2/token")))
                .expectNoEvents()
                .expectException(BusinessException.class);
    }

    @Test
    void flagsAnAccountForReauthorizationOnceAndClearsItWhenCredentialsAreReplaced() {
        String reason = "invalid_grant: the refresh token was revoked";
        fixture.given(connected())
                .when(new MarkAccountNeedsReauthorizationCommand(ID, reason))
                .expectEvents(new AccountNeedsReauthorizationEvent(ID, reason));
        fixture.given(connected(), new AccountNeedsReauthorizationEvent(ID, reason))
                .when(new MarkAccountNeedsReauthorizationCommand(ID, reason))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(connected(), new AccountNeedsReauthorizationEvent(ID, reason))
                .when(new UpdateAccountCredentialsCommand(ID, CLIENT, EXPIRY))
                .expectEvents(new AccountCredentialsUpdatedEvent(ID, CLIENT, EXPIRY), new AccountReauthorizedEvent(ID));
    }

    @Test
    void setsGuardRails() {
        GuardRails rails = new GuardRails(new BigDecimal("5.00"), new BigDecimal("200"), new BigDecimal("25"));
        fixture.given(connected())
                .when(new ChangeAccountGuardRailsCommand(ID, rails))
                .expectEvents(new AccountGuardRailsChangedEvent(
                        ID, new GuardRails(new BigDecimal("5"), new BigDecimal("200"), new BigDecimal("25"))));
    }

    @Test
    void theSameGuardRailsAgainChangeNothing() {
        fixture.given(connected())
                .when(new ChangeAccountGuardRailsCommand(ID, new GuardRails(null, null, new BigDecimal("50.0"))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAFloorAboveTheCeiling() {
        fixture.given(connected())
                .when(new ChangeAccountGuardRailsCommand(
                        ID, new GuardRails(new BigDecimal("20"), new BigDecimal("10"), null)))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof BusinessException b
                        && "ceiling".equals(b.error().field())));
    }

    @Test
    void refusesANonPositiveFloor() {
        fixture.given(connected())
                .when(new ChangeAccountGuardRailsCommand(ID, new GuardRails(BigDecimal.ZERO, null, null)))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof BusinessException b
                        && "floor".equals(b.error().field())));
    }

    @Test
    void refusesAMaximumChangeOutsideOneToAThousandPercent() {
        fixture.given(connected())
                .when(new ChangeAccountGuardRailsCommand(ID, new GuardRails(null, null, new BigDecimal("0.5"))))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof BusinessException b
                        && "maxChangePercent".equals(b.error().field())));
    }

    @Test
    @Timeout(10)
    void refusesGuardRailsTooLargeForTheReadModelWithoutExpandingThem() {
        expectGuardRailsRefused(new GuardRails(new BigDecimal("10000000000"), null, null), "floor");
        expectGuardRailsRefused(new GuardRails(null, new BigDecimal("1e999999999"), null), "ceiling");
        expectGuardRailsRefused(new GuardRails(new BigDecimal("1.00001"), null, null), "floor");
        expectGuardRailsRefused(new GuardRails(null, null, new BigDecimal("1e999999999")), "maxChangePercent");
        expectGuardRailsRefused(new GuardRails(null, null, new BigDecimal("12.345")), "maxChangePercent");
        expectGuardRailsRefused(new GuardRails(null, null, new BigDecimal("1000.01")), "maxChangePercent");
    }

    @Test
    void acceptsTheLargestGuardRails() {
        fixture.given(connected())
                .when(new ChangeAccountGuardRailsCommand(
                        ID,
                        new GuardRails(
                                new BigDecimal("0.0001"),
                                new BigDecimal("9999999999.9999"),
                                new BigDecimal("1000.00"))))
                .expectEvents(new AccountGuardRailsChangedEvent(
                        ID,
                        new GuardRails(
                                new BigDecimal("0.0001"), new BigDecimal("9999999999.9999"), new BigDecimal("1000"))));
    }

    private void expectGuardRailsRefused(GuardRails rails, String field) {
        fixture.given(connected())
                .when(new ChangeAccountGuardRailsCommand(ID, rails))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof BusinessException b
                        && field.equals(b.error().field())));
    }
}
