package org.equitylens.app.web;

import java.util.List;
import org.equitylens.app.security.CurrentUserArgumentResolver;
import org.equitylens.app.security.MustChangePasswordInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfig implements WebMvcConfigurer {

    private final CurrentUserArgumentResolver currentUserResolver;
    private final MustChangePasswordInterceptor mustChangePassword;

    public WebConfig(CurrentUserArgumentResolver currentUserResolver, MustChangePasswordInterceptor mustChangePassword) {
        this.currentUserResolver = currentUserResolver;
        this.mustChangePassword = mustChangePassword;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentUserResolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(mustChangePassword)
                .excludePathPatterns("/sign-in", "/sign-out", "/error", "/nhsuk/**", "/assets/**", "/js/**");
    }
}
