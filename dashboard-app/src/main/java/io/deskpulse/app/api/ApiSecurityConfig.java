package io.deskpulse.app.api;

import io.deskpulse.app.base.DeskPulseProperties;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API's own security filter chain, ahead of the Vaadin app's: bearer tokens per sending system,
 * stateless (no session is created or read, so no CSRF token is needed), and 401 answers as problem
 * details instead of a redirect to the login page. The OpenAPI document and the event schema are
 * public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(ApiSecurityConfig.class);

    @Bean
    ApiTokens apiTokens(DeskPulseProperties properties) {
        ApiTokens tokens = ApiTokens.of(properties.api());
        if (tokens.isEmpty()) {
            LOG.info("No API tokens configured (DESKPULSE_API_TOKENS): {} refuses every request", ApiPaths.ROOT);
        }
        return tokens;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        return http.securityMatcher(ApiPaths.ROOT + "/**")
                .authorizeHttpRequests(requests -> requests
                        // An async dispatch finishes a request that was authorized when it came in.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.GET, ApiPaths.OPENAPI, ApiPaths.EVENT_SCHEMA).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized()))
                .build();
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    presented ? "Bearer realm=\"deskpulse\", error=\"invalid_token\"" : "Bearer realm=\"deskpulse\"");
            new Problem(ProblemType.UNAUTHORIZED, presented
                    ? "The Authorization header does not hold a known API token."
                    : "Send an API token as 'Authorization: Bearer <token>'.").writeTo(response);
        };
    }
}
