// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On first run there is no user yet: pages lead to the set-up page. Once an administrator exists, the set-up page
 * leads to sign-in and can never create another one.
 */
class SetupRedirectFilter extends OncePerRequestFilter {

    private final UserAccounts users;

    SetupRedirectFilter(UserAccounts users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        boolean setupPage = path.equals("/setup");
        if (users.isSetUp()) {
            if (setupPage && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        } else if (!setupPage && isPage(request) && !isAsset(path)) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.startsWith("/actuator/");
    }
}
