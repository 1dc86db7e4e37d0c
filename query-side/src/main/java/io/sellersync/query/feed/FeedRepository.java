// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.feed;

import io.sellersync.messages.feed.FeedKind;
import io.sellersync.messages.feed.FeedStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The feed rows of the History. */
interface FeedRepository extends JpaRepository<FeedEntity, String>, JpaSpecificationExecutor<FeedEntity> {

    List<FeedEntity> findByAccountIdAndMarketplaceIdAndKindAndStatusNotInOrderByBuiltAtAsc(
            String accountId, String marketplaceId, FeedKind kind, Collection<FeedStatus> statuses);
}
