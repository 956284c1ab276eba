package org.w3id.clusterpolicy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.clusterpolicy.lang.CompiledRule;

/**
 * Turns the dates of a sentence into events. The type comes from the event cue nearest to the date
 * (a range is always a period); without a cue a "since" date is "started" and any other "dated".
 * The subject is, in order: the name a bracketed date follows, what a sentence-initial pronoun
 * refers to, the nearest programme before the date, the nearest after it, the last organisation
 * named, the country. A duration ("with duration of five years") adds the end of what was launched.
 */
public final class EventExtractor implements FactExtractor {

    @Override
    public List<Fact> extract(SentenceAnalysis a) {
        SentenceContext ctx = a.context();
        List<Fact> out = new ArrayList<>();
        EventFact previousPoint = null;
        for (DateMatch d : a.dates()) {
            if (d.kind().equals("reference") || d.kind().equals("furniture")) {
                continue;
            }
            if (d.kind().equals("duration")) {
                if (previousPoint != null && d.years() > 0) {
                    DateValue end = DateValue.year(previousPoint.date().year() + d.years());
                    out.add(new EventFact("ended", end, previousPoint.subject(), previousPoint.subjectLabel(),
                            ctx.evidence(), d.ruleId(), ctx.country()));
                }
                continue;
            }
            Cue cue = nearestCue(ctx, d);
            String type = switch (d.kind()) {
                case "range" -> "period";
                case "since", "since-decade" -> cue != null ? cue.type : "started";
                default -> cue != null ? cue.type : "dated";
            };
            Mention subject = subject(a, d);
            if (subject.ref().isProfile() || (cue == null && qualifiesARole(a, subject))) {
                continue; // an event is about something that started, never the country; a date of a role is no event
            }
            if (type.equals("launched") && subject.ref().type() == EntityType.ORGANISATION) {
                type = "founded"; // an organisation set up or established is founded
            }
            String rule = cue != null && !d.kind().equals("range") ? d.ruleId() + "+" + cue.ruleId : d.ruleId();
            EventFact e = new EventFact(type, d.date(), subject.ref(), subject.label(), ctx.evidence(), rule, ctx.country());
            out.add(e);
            if (d.date().precision() != DateValue.Precision.RANGE && d.date().precision() != DateValue.Precision.DECADE) {
                previousPoint = e;
            }
        }
        return out;
    }

    private record Cue(String type, String ruleId, int distance) {}

    /** "Since 2010 the ministry has been responsible ...": the date tells how long a role has been held. */
    private static boolean qualifiesARole(SentenceAnalysis a, Mention subject) {
        return ROLES.extract(a).stream().anyMatch(f -> f instanceof RoleFact r && r.agent().equals(subject.ref()));
    }

    private static final RoleExtractor ROLES = new RoleExtractor();

    /**
     * The cue nearest to the date, preferring one of the date's own coordinated clause: in "founded
     * in 2008 and renamed in 2016" the second date is the renaming's, though "founded" stands closer.
     * A clause break of the language (a conjunction or a semicolon) between cue and date marks another clause.
     */
    private static Cue nearestCue(SentenceContext ctx, DateMatch d) {
        Cue best = null;
        boolean bestCrosses = true;
        Pattern clauseBreak = ctx.lang().clauseBreak();
        for (CompiledRule r : ctx.lang().eventCues()) {
            Matcher m = r.pattern().matcher(ctx.text());
            while (m.find()) {
                int distance = m.end() <= d.start() ? d.start() - m.end() : Math.max(0, m.start() - d.end());
                String between = m.end() <= d.start() ? ctx.text().substring(m.end(), d.start())
                        : ctx.text().substring(Math.min(d.end(), m.start()), m.start());
                boolean crosses = clauseBreak.matcher(between).find();
                if (best == null || (bestCrosses && !crosses) || (crosses == bestCrosses && distance < best.distance)) {
                    best = new Cue(r.value(), r.id(), distance);
                    bestCrosses = crosses;
                }
            }
        }
        return best;
    }

    private static Mention subject(SentenceAnalysis a, DateMatch d) {
        SentenceContext ctx = a.context();
        String s = ctx.text();
        for (Mention m : a.mentions()) {
            if (m.end() <= d.start() && s.substring(m.end(), d.start()).matches("\\s*\\(\\s*")) {
                return m;
            }
        }
        if (SubjectResolver.startsWithPronoun(ctx) && ctx.memory().lastEntity() != null) {
            return ctx.memory().lastEntity();
        }
        Mention before = null;
        Mention after = null;
        Mention lastOrganisation = null;
        for (Mention m : a.mentions()) {
            if (m.ref().type() == EntityType.INSTRUMENT) {
                if (m.end() <= d.start()) {
                    before = m;
                } else if (after == null && m.start() >= d.end()) {
                    after = m;
                }
            } else if (m.ref().type() == EntityType.ORGANISATION) {
                lastOrganisation = m;
            }
        }
        if (before != null) {
            return before;
        }
        if (after != null) {
            return after;
        }
        if (lastOrganisation != null) {
            return lastOrganisation;
        }
        return SubjectResolver.profileMention(ctx);
    }
}
