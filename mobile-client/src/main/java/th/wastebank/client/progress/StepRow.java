package th.wastebank.client.progress;

import th.wastebank.progress.MilestoneStep;

/**
 * One of the five steps as the steps screen shows it.
 *
 * @param latest   its latest record, or null when it has none yet
 * @param evidence what that record says, already in the current language (empty when none)
 */
public record StepRow(MilestoneStep step, Milestone latest, String evidence) {
}
