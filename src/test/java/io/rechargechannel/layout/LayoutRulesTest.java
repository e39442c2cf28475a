package io.rechargechannel.layout;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the {@link Layout} finds its violation in a small application that breaks every rule once: the
 * rules bite. That application is compiled here, into a scratch folder, so that Quarkus never sees its entity.
 */
class LayoutRulesTest {

    private static final String ROOT = "fixture.app";
    private static final Map<String, String> BROKEN_APP = Map.of(
            "web/OrderPage.java", """
                    package fixture.app.web;
                    // web reaches ReCharge directly; with OrderRow, a cycle between web and orders
                    public record OrderPage(fixture.app.orders.OrderRow row, fixture.app.recharge.WireOrder wire) {}
                    """,
            "orders/OrderRow.java", """
                    package fixture.app.orders;
                    // a feature uses web; an entity holds a wire record and a web type
                    @jakarta.persistence.Entity
                    public class OrderRow {
                        @jakarta.persistence.Id Long id;
                        fixture.app.recharge.WireOrder source;
                        fixture.app.web.OrderPage shownOn;
                    }
                    """,
            "recharge/WireOrder.java", """
                    package fixture.app.recharge;
                    // the ReCharge client knows a feature of the application
                    public record WireOrder(long id, fixture.app.channel.Channel channel) {}
                    """,
            "sandbox/FakeStore.java", """
                    package fixture.app.sandbox;
                    // the sandbox knows a feature of the application
                    public record FakeStore(fixture.app.channel.Channel channel) {}
                    """,
            "channel/Channel.java", """
                    package fixture.app.channel;
                    public record Channel(long id) {}
                    """);

    @Test
    void everyRuleFindsItsViolation(@TempDir Path dir) throws IOException {
        JavaClasses brokenApp = compile(dir);
        assertThat(brokenApp).hasSize(BROKEN_APP.size());

        for (ArchRule rule : new Layout(ROOT).all()) {
            assertThat(rule.evaluate(brokenApp).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }

    private static JavaClasses compile(Path dir) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), "-proc:none"));
        for (Map.Entry<String, String> source : BROKEN_APP.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
        return new ClassFileImporter().importPath(dir.resolve("classes"));
    }
}
