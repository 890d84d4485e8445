package org.equitylens.app.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Everything needs sign-in except the sign-in page, static assets, the error page
 * and the health status; {@code /admin/**} needs the ADMIN role in the current organisation, checked
 * against the database on every request. The JSON API is refused with problem details instead of
 * redirects (see {@link Refusals}). Finer rules (organisation scoping, other roles) live in the
 * controllers through {@link CurrentUser}.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfig {

    /** Only our own origin: no inline scripts or styles, no third-party fonts, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CurrentUserService currentUsers,
            SignInFailureHandler failureHandler, JsonMapper json) throws Exception {
        var refusals = new Refusals(json);
        AuthorizationManager<RequestAuthorizationContext> admin = (authentication, context) ->
                new AuthorizationDecision(currentUsers.resolve(context.getRequest())
                        .map(CurrentUser::isAdmin).orElse(false));
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/error", "/actuator/health", "/favicon.ico").permitAll()
                        .requestMatchers("/nhsuk/**", "/assets/**", "/css/**", "/js/**").permitAll()
                        .requestMatchers("/admin/**").access(admin)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(failureHandler))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signedOut")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionStrategy(refusals))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
