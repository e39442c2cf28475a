package io.rechargechannel.bench;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JFR recording of this JVM around one scenario ({@code -Dbench.jfr=true}), summarised as the methods
 * most often on top of the stack, and the methods of ours most often on the stack at all.
 */
final class HotMethods implements AutoCloseable {

    private final Recording recording;
    private final Path file;
    private final Bench bench;
    private final String scenario;

    private HotMethods(Bench bench, String scenario, Path file) throws IOException, ParseException {
        this.bench = bench;
        this.scenario = scenario;
        this.file = file;
        this.recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
    }

    /** Records when {@code bench.jfr} is true, else does nothing. */
    static AutoCloseable around(Bench bench, String scenario, String fileName) throws Exception {
        if (!Boolean.getBoolean("bench.jfr")) {
            return () -> { };
        }
        return new HotMethods(bench, scenario, bench.settings().workDir().resolve(fileName));
    }

    @Override
    public void close() throws IOException {
        recording.stop();
        recording.dump(file);
        recording.close();
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("io.rechargechannel"))
                    .map(HotMethods::name).distinct().forEach(n -> ours.merge(n, 1, Integer::sum));
        }
        bench.note(scenario, "JFR " + file.getFileName() + ", " + samples + " samples; top of stack: "
                + summary(top, samples, 10));
        bench.note(scenario, "JFR, our methods on the stack: " + summary(ours, samples, 12));
    }

    private static String summary(Map<String, Integer> counts, int samples, int limit) {
        return String.join("; ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / samples))
                .toList());
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.', type.lastIndexOf('.') - 1) + 1) + "." + frame.getMethod().getName();
    }
}
