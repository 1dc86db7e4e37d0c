// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.sync;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SyncCursorRepository extends JpaRepository<SyncCursorEntity, String> {

    List<SyncCursorEntity> findAllByOrderByAccountIdAscDataSetAsc();

    List<SyncCursorEntity> findByAccountIdOrderByDataSetAsc(String accountId);
}
