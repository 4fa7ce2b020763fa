package io.deskpulse.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        new Csv(out).row(List.of("T-1", "printer, floor 3", "say \"hi\"", 42, -3))
                .row(List.of("=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-5", "line\nbreak"));
        assertThat(out.toString()).isEqualTo("T-1,\"printer, floor 3\",\"say \"\"hi\"\"\",42,-3\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",+1,'@SUM(A1),-5,\"line\nbreak\"\r\n");
    }
}
