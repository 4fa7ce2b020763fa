package io.deskpulse.ingestion.importer.servicenow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskpulse.ingestion.importer.sheet.SheetRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowsByNumberTest {

    @TempDir
    Path temporaryFiles;

    @Test
    void rowsSpilledInRunsComeBackByNumberThenRowWithEveryCell() throws IOException {
        String[] numbers = {"INC3", "INC1", "INC2", "INC1", "INC3", "INC2", "INC1", "", "INC2", "INC3"};
        List<String> sorted = new ArrayList<>();
        try (RowsByNumber sort = new RowsByNumber(temporaryFiles, 3)) {
            for (int i = 0; i < numbers.length; i++) {
                sort.add(numbers[i], new SheetRow(i + 2, new String[] {numbers[i], "日志 " + i, null, "a,\"b\"\nc"}));
            }
            sort.sorted(keyed -> {
                assertEquals(keyed.number(), keyed.row().cell(0));
                assertEquals(Arrays.asList(null, "a,\"b\"\nc"), Arrays.asList(keyed.row().cells()).subList(2, 4));
                sorted.add(keyed.number() + "@" + keyed.row().number() + " " + keyed.row().cell(1));
            });
            try (Stream<Path> runFiles = Files.walk(temporaryFiles)) {
                assertEquals(4 + 2, runFiles.count(), "4 runs of 3 rows at most, their folder and the root");
            }
        }

        assertEquals(List.of("@9 日志 7", "INC1@3 日志 1", "INC1@5 日志 3", "INC1@8 日志 6", "INC2@4 日志 2",
                "INC2@7 日志 5", "INC2@10 日志 8", "INC3@2 日志 0", "INC3@6 日志 4", "INC3@11 日志 9"), sorted);
        try (Stream<Path> left = Files.list(temporaryFiles)) {
            assertEquals(0, left.count(), "the run files and their folder are deleted");
        }
    }
}
