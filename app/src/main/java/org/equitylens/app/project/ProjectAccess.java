package org.equitylens.app.project;

import org.equitylens.app.security.CurrentUser;
import org.equitylens.app.user.Role;

/**
 * What the current user may do in one project (docs/projects.md, Access). Everyone in the organisation
 * reads; the team edits; co-producers on the team add to the co-design and comment on every step;
 * VIEWERs only read, even when on the team (a sponsor on the board, for example).
 */
public record ProjectAccess(boolean onTeam, boolean edit, boolean coDesign, boolean comment) {

    static ProjectAccess of(CurrentUser user, ProjectRole teamRole) {
        boolean viewer = user.hasRole(Role.VIEWER);
        boolean onTeam = teamRole != null;
        boolean coProducer = user.hasRole(Role.CO_PRODUCER) || teamRole == ProjectRole.CO_PRODUCER;
        boolean edit = !viewer && (user.isAdmin() || (onTeam && !coProducer));
        boolean coDesign = !viewer && (edit || onTeam);
        return new ProjectAccess(onTeam, edit, coDesign, coDesign);
    }

    /** Who may start a project: anyone but viewers and co-producers, who join a team instead. */
    static boolean canCreate(CurrentUser user) {
        return user.hasRole(Role.ADMIN, Role.ANALYST, Role.MEMBER);
    }
}
