package th.wastebank.client.photo;

/** Where a photo stands on its way to the server. */
public enum PhotoState {
    /** Kept on the phone, not sent yet. */
    QUEUED,
    /** The server has part of it; the upload resumes from the server's offset. */
    UPLOADING,
    /** The server holds it (sent, or the org already had it). */
    UPLOADED,
    /** The server refused the file itself (not a picture, too large, damaged); it waits for a person. */
    FAILED
}
