// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A WebSocket handshake carries the session cookie but no CSRF token, and GraphQL over WebSocket accepts mutations:
 * a page from another origin could otherwise act as the signed-in user. Browser handshakes must come from this
 * origin; clients that send no {@code Origin} (scripts) still need a token or session.
 */
class SameOriginWebSocketFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameHost(origin, request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-origin WebSocket refused");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = new URI(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
