package io.deskpulse.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Printing for the benchmarks: a title with the machine, aligned tables, and CPU use of a run. */
final class Report {

    static final int CORES = Runtime.getRuntime().availableProcessors();

    private final List<String[]> rows = new ArrayList<>();

    private Report() {}

    /** The benchmark's title and the machine it ran on. */
    static void title(String title) {
        System.out.printf("%n== %s ==%n", title);
        System.out.printf("machine: %d cores, Java %s, load average %s%n", CORES, Runtime.version(), loadAverage());
    }

    static Report table(String... header) {
        Report report = new Report();
        report.rows.add(header);
        return report;
    }

    Report row(Object... cells) {
        rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
        return this;
    }

    void print() {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            out.append("| ");
            for (int c = 0; c < columns; c++) {
                String cell = c < row.length ? row[c] : "";
                // Numbers align right, text left.
                String format = r > 0 && cell.matches("[-0-9.,]+( ?[a-zA-Z/%]+)?") ? "%" + width[c] + "s" : "%-" + width[c] + "s";
                out.append(String.format(format, cell)).append(" | ");
            }
            out.setLength(out.length() - 1);
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int c = 0; c < columns; c++) {
                    out.append("-".repeat(width[c] + 2)).append('|');
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String yesNo(boolean met) {
        return met ? "yes" : "NO";
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * CPU use over a run, from /proc/stat (the whole machine) and the JVM's own CPU time: shows
     * whether this process had the cores, or something else (a build) was competing for them.
     */
    static final class CpuWindow {
        private final long[] machineStart = machineTicks();
        private final long processStart = processCpuNanos();
        private final long wallStart = System.nanoTime();

        static CpuWindow start() {
            return new CpuWindow();
        }

        /** CPU use since {@link #start}. */
        CpuUse stop() {
            double wall = System.nanoTime() - wallStart;
            double process = (processCpuNanos() - processStart) / wall;
            long[] machine = machineTicks();
            double busy = machine[0] - machineStart[0];
            double total = machine[1] - machineStart[1];
            double machineBusy = total > 0 ? busy / total * CORES : Double.NaN;
            return new CpuUse(process, Math.max(0, machineBusy - process));
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** {busy, total} jiffies of all cores. */
        private static long[] machineTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length && i <= 8; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }

    /** Cores used (1.0 = one core) by this JVM and by everything else on the machine. */
    record CpuUse(double process, double others) {
        /** Other processes used more than a quarter of a core: figures may be disturbed. */
        boolean noisy() {
            return others > 0.25;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "this JVM %.0f%% of %d cores, other processes %.0f%%%s", process * 100,
                    CORES, others * 100, noisy() ? " (NOISY: others competed for the cores)" : "");
        }
    }

    /** The value at quantile {@code q} (0..1) of sorted {@code values}: nearest rank. */
    static long percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
