package org.equitylens.app.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The equity checklists every project answers in its own words and revisits: IHI's questions for
 * intentional equity, the eight guiding principles (rated as a self-assessment), the four lenses of
 * improvement science with their prompts, and the checks of DOMAIN.md §7.8.
 */
public final class EquityQuestions {

    /** A question; rated ones (the principles) take a self-assessment from 1 (not yet) to 4 (fully). */
    public record Question(String key, String section, String text, boolean rated) {
    }

    public static final String FRAMING = "Framing and orientation";
    public static final String DESIGN = "Project design";
    public static final String OPERATIONS = "Project operations";
    public static final String PRINCIPLES = "Guiding principles (self-assessment)";
    public static final String LENS_SYSTEM = "Lens: appreciation for a system";
    public static final String LENS_PSYCHOLOGY = "Lens: psychology of change";
    public static final String LENS_KNOWLEDGE = "Lens: theory of knowledge";
    public static final String LENS_VARIATION = "Lens: understanding variation";
    public static final String CHECKS = "Equity checks";

    public static final List<String> RATINGS = List.of("Not yet", "Starting", "Mostly", "Fully");

    public static final List<Question> ALL = List.of(
            q("framing-system", FRAMING, "Who defines the system? What is the history of inequities, and of power and oppression, in it?"),
            q("framing-serve", FRAMING, "Who does this work serve?"),
            q("framing-bias", FRAMING, "What biases do I bring? What biases do we have in the group?"),
            q("design-expertise", DESIGN, "How do we define expertise? What expertise, knowledge and wisdom do we value?"),
            q("design-problem", DESIGN, "Who defines the problem?"),
            q("design-aims", DESIGN, "Who sets the aims?"),
            q("ops-norms", OPERATIONS, "What are the group norms for decision-making? For day-to-day work?"),
            q("ops-tests", OPERATIONS, "Who describes and runs our tests?"),
            q("ops-data", OPERATIONS, "Who owns and accesses the improvement data? Who interprets it?"),
            r("principle-1", "Affirm a commitment to health equity"),
            r("principle-2", "Approach the work with humility"),
            r("principle-3", "Commit to co-design with people with lived experience"),
            r("principle-4", "Build awareness of historical context and willingness to acknowledge and address institutional racism"),
            r("principle-5", "Navigate various stakeholder relationships"),
            r("principle-6", "Build quality improvement capability"),
            r("principle-7", "Provide dedicated project management support"),
            r("principle-8", "Foster shared leadership"),
            q("lens-system", LENS_SYSTEM, "Who are the people in your system? What is the culture like? What are the structures and key processes?"),
            q("lens-psychology", LENS_PSYCHOLOGY, "How do people respond to change, how ready are they, and how do they feel about this issue?"),
            q("lens-knowledge", LENS_KNOWLEDGE, "Why do you think this is an issue? What theories do you have about what will help, and what do you predict?"),
            q("lens-variation", LENS_VARIATION, "What data do you have and what does it tell you? How much variation is there in the process, and in attitudes and behaviours?"),
            q("check-worst", CHECKS, "Which groups experience the worst access, experience or outcomes, and how do we know?"),
            q("check-diverging", CHECKS, "Is any subgroup getting worse while the average improves?"),
            q("check-reach", CHECKS, "Do our tests reach the groups most affected? Are results reviewed with community partners?"),
            q("check-data-owners", CHECKS, "Who owns and interprets the data?"));

    private static final Map<String, Question> BY_KEY = new LinkedHashMap<>();

    static {
        ALL.forEach(question -> BY_KEY.put(question.key(), question));
    }

    private EquityQuestions() {
    }

    private static Question q(String key, String section, String text) {
        return new Question(key, section, text, false);
    }

    private static Question r(String key, String text) {
        return new Question(key, PRINCIPLES, text, true);
    }

    public static Optional<Question> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public static List<String> sections() {
        return ALL.stream().map(Question::section).distinct().toList();
    }

    public static List<Question> in(String section) {
        return ALL.stream().filter(question -> question.section().equals(section)).toList();
    }
}
