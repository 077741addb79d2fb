//! `date/relative-day`: "yesterday", "tomorrow" (and in some styles "today").

use article_model::Article;
use article_model::text::dates::{
    DateMention, MentionKind, WeekdayPhrase, WeekdayRelation, weekday_name,
};

use super::analysis::{analysis, finding, publication_day};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct RelativeDay;

static META: RuleMeta = RuleMeta {
    code: "date/relative-day",
    summary: "\"yesterday\", \"tomorrow\" (and \"today\" where the style forbids it) outside quotes; in AP, \"last Friday\" and \"next Friday\"",
    default_level: Level::Warning,
    fix: FixKind::Unsafe,
    docs: "Online stories are read on other days than they are written, so AP and Reuters \
use the day of the week instead of \"yesterday\" and \"tomorrow\"; Reuters and the BBC also \
avoid \"today\". Knobs: `flag_yesterday_tomorrow` (ap, reuters, british) and `flag_today` \
(reuters, british); chicago and economist flag nothing. Quoted speech is left alone, and so \
are proper names (\"USA Today\", the \"Today\" programme: a capital letter mid-sentence) and \
\"tomorrow\" meaning the future: after \"of\" (\"the leaders of tomorrow\", \"the world of \
tomorrow\"; not \"the end of tomorrow\", \"as of tomorrow\"), possessive before anything but \
an event (\"tomorrow's jobs\", \"tomorrow's leaders\"; \"tomorrow's vote\" is still reported) \
and \"a better tomorrow\"; nor the idioms \"yesterday's news\", \"as if there were no \
tomorrow\" and \"worry about tomorrow\"; nor \"today\" meaning nowadays: \"today's\" \
before a country, an institution or a generic noun (\"today's NHS\", \"today's young \
people\", \"in today's money\"; \"today's NHS figures\" is still reported), and \"today\" \
ending a clause after \"still\"/\"even\" (\"are still used today\", \"popular even \
today\") or a \"would\" that compares with the past (\"a goal that would not be allowed \
today\"), unless the sentence reports speech or tells the future (\"Police said fans \
would not be allowed today\"). A scene the reader is asked to imagine (\"Imagine ...\", \
\"Every parent knows the feeling: It is 9 p.m., the bake sale is tomorrow morning\") \
names no day either. The \
help names the weekday counted from the publication date; the fix is unsafe because the story \
may have been written on another day. AP also avoids \"last Friday\" and \"next Friday\" \
(knob `flag_last_next_weekday`, ap only): the tense tells which Friday; \"the last Friday of \
the month\", \"his next Tuesday visit\" and other phrases after a determiner or possessive \
are left alone, and so is the publication day's own weekday (\"head home next Sunday\" in \
a story of a Sunday: without \"next\" it would read as today). The fix (unsafe) drops \
\"last\" or \"next\".",
    bad_example: "The army said yesterday that the operation had ended.",
    good_example: "The army said Thursday that the operation had ended.",
};

impl Rule for RelativeDay {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.dates;
        let p = publication_day(article, ctx);
        for found in &analysis(article).found {
            if let MentionKind::Weekday(phrase) = &found.mention.kind {
                if style.flag_last_next_weekday
                    && matches!(
                        phrase.relation,
                        WeekdayRelation::Last | WeekdayRelation::Next
                    )
                    && !found.mention.quoted
                    && !after_determiner(article, found.block, &found.mention)
                    // "head home next Sunday" in a Sunday paper: "Sunday" alone would
                    // read as today, so the word is needed.
                    && p.is_none_or(|p| p.weekday() != phrase.weekday)
                {
                    out.push(last_or_next(article, &found.mention, phrase));
                }
                continue;
            }
            let MentionKind::RelativeDay { offset, possessive } = found.mention.kind else {
                continue;
            };
            if found.mention.quoted {
                continue;
            }
            let flagged = if offset == 0 {
                style.flag_today
            } else {
                style.flag_yesterday_tomorrow
            };
            if !flagged {
                continue;
            }
            let word = article.source.slice(found.mention.span);
            let mut diagnostic = finding(
                &META,
                format!(
                    "\"{word}\" depends on the day the story is read; {} style uses the day of the week",
                    style.preset.name().to_uppercase()
                ),
                found.mention.span,
            )
            .with_label("relative day");
            let day = p.and_then(|p| {
                p.checked_add(jiff::Span::new().days(i64::from(offset)))
                    .ok()
            });
            if let Some(day) = day {
                let name = weekday_name(day.weekday());
                let replacement = if possessive {
                    let apostrophe = if word.contains('’') { '’' } else { '\'' };
                    format!("{name}{apostrophe}s")
                } else {
                    name.to_owned()
                };
                diagnostic = diagnostic
                    .with_help(format!(
                        "write {name} ({day}, counted from the publication date)"
                    ))
                    .with_fix(Fix::unsafe_(
                        format!("replace `{word}` with `{replacement}`"),
                        found.mention.span,
                        replacement,
                    ));
            } else {
                diagnostic = diagnostic.with_help("write the day of the week");
            }
            out.push(diagnostic);
        }
    }
}

/// Whether the word before a "last Friday" or "next Friday" mention makes it another
/// phrase: "the last Friday of the month", "his next Tuesday visit", "every last Friday",
/// "the team's next Monday game".
fn after_determiner(article: &Article, block: usize, mention: &DateMention) -> bool {
    let Some(block) = article.body.blocks.get(block) else {
        return true;
    };
    let before = mention
        .tokens
        .start
        .checked_sub(1)
        .and_then(|i| block.tokens.get(i))
        .filter(|token| token.is_word())
        .map(|token| token.as_str(block.text.text()));
    before.is_some_and(|word| {
        let lower = word.to_lowercase();
        matches!(
            lower.as_str(),
            "the"
                | "a"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "every"
                | "each"
                | "this"
                | "that"
                | "whose"
                | "one"
        ) || lower.ends_with("'s")
            || lower.ends_with("’s")
    })
}

/// The finding for "last Friday" / "next Friday" at `mention`, read as `phrase`.
fn last_or_next(article: &Article, mention: &DateMention, phrase: &WeekdayPhrase) -> Diagnostic {
    let written = article.source.slice(mention.span);
    let weekday = weekday_name(phrase.weekday);
    let relation = written.split_whitespace().next().unwrap_or("last");
    let dropped = article_model::Span::new(mention.span.start, phrase.weekday_span.start);
    // Only "last" and white space go: never markup between the words ("last **Friday**").
    let clean = article
        .source
        .slice(dropped)
        .strip_prefix(relation)
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(char::is_whitespace));
    let diagnostic = finding(
        &META,
        format!("AP avoids \"{written}\": the tense tells which {weekday}"),
        mention.span,
    )
    .with_label("redundant")
    .with_help(format!(
        "write {weekday} for a day within a week of publication, the date beyond that"
    ));
    if clean {
        diagnostic.with_fix(Fix::unsafe_(
            format!("drop `{relation}`"),
            dropped,
            String::new(),
        ))
    } else {
        diagnostic
    }
}
