package org.equitylens.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.equitylens.app.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of the current organisation: filter on a page, or export as CSV. Admins only. */
@Controller
public class AuditController {

    static final int PAGE_LIMIT = 500;

    private final AuditRepository repository;
    private final AuditService audit;

    public AuditController(AuditRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    public String page(CurrentUser admin, @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditOutcome outcome, @RequestParam(required = false) Long actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        var filter = new AuditFilter(action, outcome, actor, from, to);
        List<AuditEvent> events = repository.find(admin.organisationId(), filter, PAGE_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("events", events);
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("actions", repository.actions(admin.organisationId()));
        return "audit/list";
    }

    @GetMapping("/admin/audit.csv")
    public void csv(CurrentUser admin, @RequestParam(required = false) String action,
            @RequestParam(required = false) AuditOutcome outcome, @RequestParam(required = false) Long actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        audit.record(admin, AuditActions.AUDIT_EXPORTED, "AUDIT_LOG", admin.organisationId());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("id,occurred_at,actor_user_id,organisation_id,action,object_type,object_id,outcome,client_address,detail\r\n");
        repository.forEach(admin.organisationId(), new AuditFilter(action, outcome, actor, from, to), e -> out.print(
                String.join(",", String.valueOf(e.id()), e.occurredAt().toString(), cell(e.actorUserId()),
                        cell(e.organisationId()), cell(e.action()), cell(e.objectType()), cell(e.objectId()),
                        e.outcome().name(), cell(e.clientAddress()), cell(e.detail())) + "\r\n"));
        out.flush();
    }

    /** RFC 4180 quoting, and a leading quote mark so spreadsheets never run a cell as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
