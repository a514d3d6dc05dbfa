package dev.lore.web.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.LoreProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet filters that run before security: request ids first, then the body size limit. */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(LoreProperties properties, ObjectMapper json) {
        var filter = new BodySizeLimitFilter(properties.api().maxBodySize().toBytes(), json);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
