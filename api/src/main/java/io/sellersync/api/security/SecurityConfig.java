// SPDX-License-Identifier: Apache-2.0
package io.sellersync.api.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything needs a signed-in user or an API token, except health, sign-in, set-up and static assets. Browsers get a
 * session cookie (SameSite=Lax, HttpOnly) with CSRF tokens on forms; scripts send {@code Authorization: Bearer}.
 * {@code /graphql} takes no CSRF token: it accepts only JSON bodies, which a cross-site form cannot send, and the
 * Lax session cookie is not sent with cross-site POSTs.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String[] PUBLIC = {
        "/login",
        "/setup",
        "/actuator/health",
        "/actuator/health/**",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/error"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, ApiTokens tokens, UserAccounts users, LoginThrottle throttle)
            throws Exception {
        RequestMatcher machines = request -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/graphql") || path.startsWith("/actuator");
        };
        http.authorizeHttpRequests(auth ->
                        auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName(), request.getRemoteAddr());
                            new SavedRequestAwareAuthenticationSuccessHandler()
                                    .onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) ->
                                response.sendRedirect(request.getContextPath() + "/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/graphql"))
                .addFilterBefore(new SameOriginWebSocketFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SetupRedirectFilter(users), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), machines)
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> {
                                    response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                                },
                                new RequestHeaderRequestMatcher("HX-Request")));
        return http.build();
    }
}
