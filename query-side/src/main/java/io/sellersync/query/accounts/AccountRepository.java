// SPDX-License-Identifier: Apache-2.0
package io.sellersync.query.accounts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<AccountEntity, String> {

    List<AccountEntity> findAllByOrderByNameAsc();
}
