package th.wastebank.client.progress;

/**
 * What the policy asks of the lesson-learned video and a record breaks. The step is saved all the
 * same (the server flags it too); the screen tells the committee what to fix.
 */
public enum VideoWarning {
    /** Longer than {@link th.wastebank.progress.VideoRules#MAX_SECONDS}. */
    TOO_LONG,
    /** A file name that does not start as the DLA letter says. */
    FILE_NAME_OFF_LETTER
}
