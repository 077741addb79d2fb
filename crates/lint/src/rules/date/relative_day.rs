//! `date/relative-day`: "yesterday", "tomorrow" (and in some styles "today").

use article_model::Article;
use article_model::text::dates::{MentionKind, weekday_name};

use super::analysis::{analysis, finding, publication_day};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct RelativeDay;

static META: RuleMeta = RuleMeta {
    code: "date/relative-day",
    summary: "\"yesterday\", \"tomorrow\" (and \"today\" where the style forbids it) outside quotes",
    default_level: Level::Warning,
    fix: FixKind::Unsafe,
    docs: "Online stories are read on other days than they are written, so AP and Reuters \
use the day of the week instead of \"yesterday\" and \"tomorrow\"; Reuters and the BBC also \
avoid \"today\". Knobs: `flag_yesterday_tomorrow` (ap, reuters, british) and `flag_today` \
(reuters, british); chicago and economist flag nothing. Quoted speech is left alone, and so \
are proper names (\"USA Today\", the \"Today\" programme: a capital letter mid-sentence). The \
help names the weekday counted from the publication date; the fix is unsafe because the story \
may have been written on another day.",
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
