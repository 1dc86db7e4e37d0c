// SPDX-License-Identifier: Apache-2.0
package io.sellersync.integration.spapi.api;

import feign.CollectionFormat;
import feign.Param;
import feign.RequestLine;
import io.sellersync.integration.spapi.generated.producttypes.ProductTypeDefinition;
import java.util.List;

/** Product Type Definitions API 2020-09-01. */
public interface ProductTypesApi {

    @RequestLine(
            value = "GET /definitions/2020-09-01/productTypes/{productType}?marketplaceIds={marketplaceIds}"
                    + "&sellerId={sellerId}&requirements={requirements}&requirementsEnforced={requirementsEnforced}"
                    + "&locale={locale}",
            collectionFormat = CollectionFormat.CSV)
    ProductTypeDefinition getDefinitionsProductType(
            @Param("productType") String productType,
            @Param("marketplaceIds") List<String> marketplaceIds,
            @Param("sellerId") String sellerId,
            @Param("requirements") String requirements,
            @Param("requirementsEnforced") String requirementsEnforced,
            @Param("locale") String locale);
}
