package io.deskpulse.ingestion.importer.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void fullWidthFormsBecomeTheirAsciiTwinsAndSpacesAreTrimmed() {
        assertEquals("P1", Normalisation.DEFAULT.apply("Ｐ１"));
        assertEquals("VIP 2", Normalisation.DEFAULT.apply("　ＶＩＰ　２　"));
        assertEquals("(A),B", Normalisation.DEFAULT.apply("（Ａ），Ｂ"));
        assertEquals("紧急", Normalisation.DEFAULT.apply(" 紧急\t"), "other characters are kept");
    }

    @Test
    void eachStepCanBeTurnedOff() {
        assertEquals(" Ｐ１ ", new Normalisation(false, false).apply(" Ｐ１ "));
        assertEquals(" P1 ", new Normalisation(true, false).apply(" Ｐ１ "));
    }
}
