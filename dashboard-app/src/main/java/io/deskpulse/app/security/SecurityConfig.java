package io.deskpulse.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.deskpulse.app.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin 25 has no {@code VaadinWebSecurity} base class any more: {@link VaadinSecurityConfigurer}
 * sets up form login on the Vaadin login view, CSRF for Vaadin's own requests, logout and
 * navigation access control from the views' annotations ({@code @RolesAllowed}, {@code @PermitAll}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** DEMO ONLY: see {@link DemoUsers}. Stored bcrypt-hashed even so. */
    @Bean
    UserDetailsService userDetailsService(PasswordEncoder encoder) {
        return DemoUsers.userDetailsService(encoder);
    }
}
