// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.activity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActivityRepository
        extends JpaRepository<ActivityEntryEntity, String>, JpaSpecificationExecutor<ActivityEntryEntity> {}
