// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.sellersync.messages.shared.BusinessError;
import io.sellersync.messages.shared.BusinessException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps refusals to typed GraphQL errors: {@code extensions.code} (INVALID_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN) and
 * {@code extensions.field}. Anything unexpected becomes INTERNAL_ERROR with an id to find it in the log; no stack
 * trace or exception text reaches the client.
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        Throwable error = unwrap(ex);
        Optional<BusinessError> business = businessError(error);
        if (business.isPresent()) {
            BusinessError refusal = business.get();
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", refusal.code().name());
            if (refusal.field() != null) {
                extensions.put("field", refusal.field());
            }
            return GraphqlErrorBuilder.newError(env)
                    .errorType(classification(refusal))
                    .message(refusal.message())
                    .extensions(extensions)
                    .build();
        }
        String incident = Long.toHexString(System.nanoTime());
        log.error("GraphQL {} failed (incident {})", env.getField().getName(), incident, error);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Something went wrong (incident " + incident + "); nothing was changed by this request")
                .extensions(Map.of("code", "INTERNAL_ERROR"))
                .build();
    }

    public static Optional<BusinessError> businessError(Throwable error) {
        if (error instanceof BusinessException business) {
            return Optional.of(business.error());
        }
        if (error instanceof CommandExecutionException command) {
            return command.getDetails().filter(BusinessError.class::isInstance).map(BusinessError.class::cast);
        }
        if (error instanceof QueryExecutionException query) {
            return query.getDetails().filter(BusinessError.class::isInstance).map(BusinessError.class::cast);
        }
        return Optional.empty();
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable error = ex;
        while (error instanceof CompletionException && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    private static ErrorType classification(BusinessError error) {
        return switch (error.code()) {
            case INVALID_INPUT, CONFLICT -> ErrorType.BAD_REQUEST;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
        };
    }
}
