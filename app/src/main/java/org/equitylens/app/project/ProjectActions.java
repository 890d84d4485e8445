package org.equitylens.app.project;

/** Audit action names for project changes and API reads (object type PROJECT, object id the project's id). */
final class ProjectActions {
    static final String CREATED = "PROJECT_CREATED";
    static final String UPDATED = "PROJECT_UPDATED";
    static final String TEAM_CHANGED = "PROJECT_TEAM_CHANGED";
    static final String PROGRESS_SCORED = "PROJECT_PROGRESS_SCORED";
    static final String SOURCE_ADDED = "PROJECT_SOURCE_ADDED";
    static final String SOURCE_CHANGED = "PROJECT_SOURCE_CHANGED";
    static final String SOURCE_REMOVED = "PROJECT_SOURCE_REMOVED";
    static final String SESSION_ADDED = "PROJECT_SESSION_ADDED";
    static final String SESSION_CHANGED = "PROJECT_SESSION_CHANGED";
    static final String SESSION_REMOVED = "PROJECT_SESSION_REMOVED";
    static final String PROBLEM_SAVED = "PROJECT_PROBLEM_SAVED";
    static final String AIM_SAVED = "PROJECT_AIM_SAVED";
    static final String DRIVER_CHANGED = "PROJECT_DRIVER_CHANGED";
    static final String PDSA_CHANGED = "PROJECT_PDSA_CHANGED";
    static final String ACTION_CHANGED = "PROJECT_ACTION_CHANGED";
    static final String ASSURANCE_SAVED = "PROJECT_ASSURANCE_SAVED";
    static final String NOTE_ADDED = "PROJECT_NOTE_ADDED";
    static final String EQUITY_ANSWERED = "PROJECT_EQUITY_ANSWERED";
    static final String COMMENTED = "PROJECT_COMMENTED";
    static final String COMMENT_EDITED = "PROJECT_COMMENT_EDITED";
    // Reads of a project and its registers through the API
    static final String READ = "PROJECT_READ";
    static final String STEPS_READ = "PROJECT_STEPS_READ";
    static final String AIM_READ = "PROJECT_AIM_READ";
    static final String DRIVERS_READ = "PROJECT_DRIVERS_READ";
    static final String PDSA_READ = "PROJECT_PDSA_READ";
    static final String TEAM_READ = "PROJECT_TEAM_READ";
    static final String SOURCES_READ = "PROJECT_SOURCES_READ";
    static final String SESSIONS_READ = "PROJECT_SESSIONS_READ";
    static final String ACTIONS_READ = "PROJECT_ACTIONS_READ";
    static final String COMMENTS_READ = "PROJECT_COMMENTS_READ";

    private ProjectActions() {
    }
}
