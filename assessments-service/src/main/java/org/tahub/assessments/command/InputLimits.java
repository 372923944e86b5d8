package org.tahub.assessments.command;

/**
 * The caps of what a state sends: each input record declares them in its {@code @Size} constraints and its OpenAPI
 * schema, and the validation reports a value beyond them as a field error.
 */
public final class InputLimits {

    public static final int FIRST_PERIOD = 2001;
    /** Answers: one per checklist activity (123 in the Cape Town checklist); this is the hard cap of the document. */
    public static final int MAX_ANSWERS = 200;
    /** Ratifications: one per universal convention or protocol (21 in the catalogue). */
    public static final int MAX_RATIFICATIONS = 50;
    public static final int MAX_STATEMENTS = 100;
    public static final int MAX_EVIDENCE = 10;
    public static final int MAX_TAGGED_AREAS = 11;
    public static final int MAX_TAGGED_ACTIVITIES = 50;
    public static final int MAX_NARRATIVE = 4000;
    public static final int MAX_STATEMENT = 2000;
    public static final int MAX_COMMENT = 4000;
    public static final int MAX_URL = 2000;
    /** An activity or area code ({@code III.A.5}, {@code VIII}). */
    public static final int MAX_CODE = 20;
    /** A value of one of the API's enumerations ({@code PARTIALLY_IMPLEMENTED}). */
    public static final int MAX_ENUM = 32;
    public static final int MAX_SLUG = 120;
    /** A date, {@code YYYY-MM-DD}. */
    public static final int MAX_DATE = 10;

    private InputLimits() {
    }
}
