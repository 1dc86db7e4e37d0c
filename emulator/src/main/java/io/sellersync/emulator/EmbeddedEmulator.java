// SPDX-License-Identifier: Apache-2.0
package io.sellersync.emulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The emulator started inside another application (sellersync's demo mode, tests). It imports exactly the Spring
 * Boot configuration it needs instead of everything on the classpath, and reads none of the host's
 * {@code application.properties}, so the host's database, security and messaging never leak into it.
 */
public final class EmbeddedEmulator implements AutoCloseable {

    /** The emulator's own settings (as in its application.properties), applied whatever the host configures. */
    private static final List<String> BASE_SETTINGS = List.of(
            "--spring.config.name=sellersync-emulator-embedded",
            "--spring.application.name=sellersync-emulator",
            "--spring.main.banner-mode=off",
            "--spring.jackson.default-property-inclusion=non_null",
            "--spring.jackson.deserialization.use-big-decimal-for-floats=true",
            "--spring.jackson.serialization.write-bigdecimal-as-plain=true",
            "--spring.jackson.generator.write-bigdecimal-as-plain=true",
            "--spring.mvc.problemdetails.enabled=false",
            "--server.error.include-message=always");

    private final ConfigurableApplicationContext context;

    private EmbeddedEmulator(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Deliberately not a {@code @Configuration}: the emulator's own component scan and {@code @SpringBootTest} must
     * not find it. Registered as the primary source, its imports and scan still apply.
     */
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class
    })
    @ComponentScan(
            basePackages = "io.sellersync.emulator",
            excludeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.ASSIGNABLE_TYPE,
                            classes = {EmulatorApplication.class, EmbeddedEmulator.class}))
    @EnableScheduling
    static class Configuration {}

    /**
     * Starts an emulator; {@code settings} are its options without dashes ({@code port}, {@code seed}, {@code speed},
     * {@code history-days}, {@code buyers-per-hour}, …). Port 0 picks a free one.
     */
    public static EmbeddedEmulator start(Map<String, String> settings) {
        List<String> args = new ArrayList<>(BASE_SETTINGS);
        String port = settings.getOrDefault("port", "0");
        args.add("--server.port=" + port);
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Configuration.class)
                .main(EmulatorApplication.class)
                .web(WebApplicationType.SERVLET)
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new));
        return new EmbeddedEmulator(context);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
