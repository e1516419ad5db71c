package org.customsrisk.feature.computation;

/** The levels of the Harmonized System in an HS code: chapter (2 digits), heading (4), subheading (6). */
final class HsCode {

    private HsCode() {
    }

    /** The leading {@code digits} digits as a number, or 0 when the code is shorter or not numeric. */
    static int level(String hsCode, int digits) {
        String code = digitsOf(hsCode);
        return code.length() < digits ? 0 : Integer.parseInt(code.substring(0, digits));
    }

    /** The 6-digit subheading the profiles and reference prices are kept for, or null for a code without one. */
    static String subheadingKey(String hsCode) {
        String code = digitsOf(hsCode);
        return code.length() < 6 ? null : code.substring(0, 6);
    }

    private static String digitsOf(String hsCode) {
        if (hsCode == null) {
            return "";
        }
        String code = hsCode.strip().replace(".", "");
        int end = 0;
        while (end < code.length() && Character.isDigit(code.charAt(end))) {
            end++;
        }
        return code.substring(0, end);
    }
}
