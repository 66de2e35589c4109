package org.arshif.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The Unicode CLDR plural categories of Arshif's two languages. Arabic: zero (0), one (1), two (2), few (3–10),
 * many (11–99), other — few and many by the last two digits of whole numbers, so 103 is few and 111 many, 100–102
 * and 1.5 other. English (and any other language): one for 1 written without decimals, other for the rest.
 */
enum PluralRules {
    ARABIC {
        @Override
        String category(BigDecimal count) {
            BigDecimal n = count.abs();
            if (n.compareTo(BigDecimal.ZERO) == 0) {
                return "zero";
            }
            if (n.compareTo(BigDecimal.ONE) == 0) {
                return "one";
            }
            if (n.compareTo(BigDecimal.TWO) == 0) {
                return "two";
            }
            if (n.stripTrailingZeros().scale() > 0) {
                return "other";
            }
            int lastTwo = n.toBigInteger().mod(BigInteger.valueOf(100)).intValue();
            return lastTwo >= 3 && lastTwo <= 10 ? "few" : lastTwo >= 11 ? "many" : "other";
        }
    },
    ENGLISH {
        @Override
        String category(BigDecimal count) {
            return count.scale() <= 0 && count.abs().compareTo(BigDecimal.ONE) == 0 ? "one" : "other";
        }
    };

    /** The category of {@code count} as written (its scale is the number of decimals shown). */
    abstract String category(BigDecimal count);

    static PluralRules of(Locale locale) {
        return locale.getLanguage().equals("ar") ? ARABIC : ENGLISH;
    }
}
