// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql.tokens;

import io.sellersync.api.security.ApiTokens;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TokenGraphQlController {

    private final ApiTokens tokens;

    TokenGraphQlController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @QueryMapping
    Map<String, String> me(Principal user) {
        return Map.of("username", user.getName());
    }

    @QueryMapping
    List<ApiTokens.ApiToken> apiTokens() {
        return tokens.list();
    }

    @MutationMapping
    ApiTokens.NewApiToken createApiToken(@Argument String name, Principal user) {
        return tokens.create(name, user.getName());
    }

    @MutationMapping
    boolean revokeApiToken(@Argument String id) {
        return tokens.revoke(id);
    }
}
