package org.equitylens.app.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.equitylens.app.demo.DemoContext;
import org.equitylens.app.demo.DemoSeeder;
import org.equitylens.app.project.ProjectModel.Pdsa;
import org.equitylens.app.user.Role;
import org.springframework.stereotype.Component;

/**
 * The demo project, carried to step five: the Mental Health Act example of the five-step model, with a
 * driver diagram, two co-design sessions and three PDSA cycles on the MHA measure when the measures'
 * demo has created it (their seeder runs first), dated within the demo extract's period (April 2022
 * to March 2025) so each cycle sits at its own point. Fictional content throughout.
 */
@Component
class ProjectDemoSeeder implements DemoSeeder {

    static final String TITLE = "Reducing disproportionate use of the Mental Health Act for Black people";
    static final String MHA_MEASURE = "Detentions under the Mental Health Act";

    private final ProjectRepository projects;
    private final MeasureLookup measures;

    ProjectDemoSeeder(ProjectRepository projects, MeasureLookup measures) {
        this.projects = projects;
        this.measures = measures;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(DemoContext demo) {
        long lead = demo.userId(Role.MEMBER);
        long analyst = demo.userId(Role.ANALYST);
        long coProducer = demo.userId(Role.CO_PRODUCER);
        long id = projects.insertProject(demo.organisationId(), TITLE,
                "Black African and Black Caribbean adults in contact with the trust's adult mental health services",
                "Black people are over three times as likely as White people to be detained under the Mental Health Act",
                ProjectStatus.ACTIVE, EnumSet.of(Core20Plus5.PLUS_ETHNIC_MINORITY, Core20Plus5.ADULT_SMI,
                        Core20Plus5.CORE20));
        projects.upsertMember(id, lead, ProjectRole.LEAD);
        projects.upsertMember(id, analyst, ProjectRole.MEMBER);
        projects.upsertMember(id, coProducer, ProjectRole.CO_PRODUCER);
        projects.upsertMember(id, demo.userId(Role.VIEWER), ProjectRole.SPONSOR);
        Long measure = measures.findByName(demo.organisationId(), MHA_MEASURE).map(MeasureLookup.MeasureRef::id)
                .orElse(null);

        // Step 1
        if (measure != null) {
            projects.addSource(id, SourceKind.MEASURE_SOURCE, measure, MHA_MEASURE,
                    "Detentions per 100,000 by ethnic group, monthly", "Ethnicity not stated for about 1 in 8 detentions");
        }
        projects.addSource(id, SourceKind.EXTERNAL, null, "Mental Health Services Data Set, national detention rates",
                "National rate ratios to compare against", "Published a year in arrears");
        projects.addSource(id, SourceKind.QUALITATIVE, null, "Community conversations with Black-led organisations",
                "Mistrust built on earlier crisis experiences; late help-seeking", "Few voices of young men");
        // Step 2
        if (measure != null) {
            projects.addSource(id, SourceKind.ANALYSIS_MEASURE, measure, MHA_MEASURE, "Stratified SPC and gap chart", null);
        }
        projects.addSource(id, SourceKind.BENCHMARK, null, "National detention rate ratio (Black to White)",
                "About 3.5 nationally", null);
        projects.addSource(id, SourceKind.STRATEGY, null, "Patient and Carer Race Equality Framework plan",
                "Organisational competencies and feedback mechanisms", null);
        projects.addSession(id, SessionKind.INTERPRETATION, LocalDate.of(2023, 1, 17),
                "6 community members, 2 peer workers, the lead psychiatrist, an analyst",
                "Community members chaired and chose which charts to look at",
                "Detentions cluster after out-of-hours police contact; the gap is widest for young men", null, analyst);
        // Step 3
        projects.updateProblem(id, "Crisis pathways send Black people to police and emergency routes more often "
                + "than to early, trusted community support, so more crises end in detention.",
                "MHA detention SPC by ethnic group; community conversations; national benchmark");
        projects.updateAim(id, new ProjectModel.Aim("Black people", "Detention rate ratio, Black to White", "3.6",
                "2.0", LocalDate.of(2028, 3, 31),
                "Reduce the detention rate ratio for Black people from 3.6 to 2.0 by March 2028"));
        // Step 4
        projects.addSession(id, SessionKind.CODESIGN, LocalDate.of(2023, 3, 7),
                "5 people with lived experience, 3 carers, crisis team staff, a community organisation",
                "Lived-experience partners set the agenda and held a veto on change ideas; everyone paid for their time",
                "Test a community crisis café and a culturally informed crisis plan", "The whole group, by consensus",
                coProducer);
        projects.addSession(id, SessionKind.CODESIGN, LocalDate.of(2023, 6, 13),
                "4 people with lived experience, 2 carers, ward staff",
                "Co-chaired by a lived-experience partner and the ward manager",
                "Adapt the crisis plan wording; add peer support at the first assessment", "Co-chairs, after a vote",
                coProducer);
        long access = projects.addDriver(id, null, DriverLevel.PRIMARY, "Early access to trusted support", null, lead);
        long crisis = projects.addDriver(id, null, DriverLevel.PRIMARY, "Crisis response that de-escalates", null, lead);
        long community = projects.addDriver(id, access, DriverLevel.SECONDARY, "Community partners as a front door",
                null, coProducer);
        long plans = projects.addDriver(id, crisis, DriverLevel.SECONDARY, "Culturally informed crisis plans", null, lead);
        long cafe = projects.addDriver(id, community, DriverLevel.CHANGE_IDEA, "Crisis café run with a Black-led charity",
                ChangeOrigin.COMMUNITY, coProducer);
        long plan = projects.addDriver(id, plans, DriverLevel.CHANGE_IDEA, "Crisis plan co-written with the person and family",
                ChangeOrigin.EVIDENCE, lead);
        long peer = projects.addDriver(id, plans, DriverLevel.CHANGE_IDEA, "Peer supporter at first assessment",
                ChangeOrigin.STAFF, analyst);
        // Step 5
        projects.addPdsa(id, new Pdsa(0, "Crisis café evenings, two a week", cafe, measure,
                "Run the café Tuesday and Thursday evenings for 8 weeks; count visits and onward referrals",
                "Black African: 10 visits a week\nBlack Caribbean: 10 visits a week\nWhite British: 5 visits a week",
                "Visits grew from week 3", "More visits from Black Caribbean men than predicted; few from Black African women",
                PdsaAct.ADAPT, "Add a women-only evening", LocalDate.of(2023, 10, 2), LocalDate.of(2023, 11, 27)));
        projects.addPdsa(id, new Pdsa(0, "Co-written crisis plans on one ward", plan, measure,
                "Offer every admitted person a crisis plan written with them and their family",
                "Black Caribbean: 60% take it up\nBlack African: 60% take it up\nWhite British: 70% take it up",
                "Offered to 24 people", "Take-up was similar across groups", PdsaAct.ADOPT, "Spread to all adult wards",
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 31)));
        projects.addPdsa(id, new Pdsa(0, "Peer supporter at first assessment", peer, measure,
                "A peer supporter joins first assessments on weekday daytimes",
                "Black African: fewer assessments end in detention\nBlack Caribbean: fewer assessments end in detention",
                null, null, null, null, LocalDate.of(2024, 10, 1), null));
        projects.addAction(id, "Agree funding for the crisis café beyond March", demo.userId(Role.ADMIN),
                LocalDate.of(2025, 6, 30));
        projects.addAction(id, "Report the rate ratio by age band to the next co-design session", analyst,
                LocalDate.of(2025, 5, 15));
        if (measure != null) {
            projects.addSource(id, SourceKind.OUTCOME_MEASURE, measure, MHA_MEASURE, "Detention rate ratio", null);
        }
        projects.addSource(id, SourceKind.PROCESS_MEASURE, null, "Crisis plans co-written", null, null);
        projects.addSource(id, SourceKind.BALANCING_MEASURE, null, "Waiting time for first assessment", null, null);
        projects.updateAssurance(id, "Crisis plans are now standard on two wards; the community asks to keep the café",
                "Scalable unit is the ward; next the two community teams", "In the trust's PCREF plan for 2026",
                "Rate ratio trend with the PDSA cycles on the chart; funding decision for the café");
        projects.addProgress(id, new BigDecimal("2.5"), "Changes tested, early improvement in process measures", lead);
        projects.saveAnswer(id, "framing-serve", "Black people and their families first, then the services", null, lead);
        projects.saveAnswer(id, "design-problem", "The co-design group, with lived-experience partners holding a veto",
                null, coProducer);
        projects.saveAnswer(id, "principle-3", "Paid lived-experience partners in every session", 3, lead);
        projects.saveAnswer(id, "check-diverging", "We check the Black African and Black Caribbean charts separately",
                null, analyst);
        projects.addComment(id, 4, coProducer, "The café idea came from the community conversations; keep it ours.");
        projects.addHistory(id, lead, "Started the project (demo)");
    }
}
