//! `number/form-consistency`: one quantity, one form ("five soldiers" … "5 soldiers").

use article_model::Article;
use article_model::text::numbers::NumberForm;

use super::{Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct FormConsistency;

static META: RuleMeta = RuleMeta {
    code: "number/form-consistency",
    summary: "the same number and noun written both in words and in figures",
    default_level: Level::Info,
    fix: FixKind::None,
    docs: "When an article writes the same count of the same thing both as a word and \
as a figure (\"five soldiers\" … \"5 soldiers\"), readers wonder whether the two are \
the same. The finding points at the later one, with a label on the first. Protected \
numbers, ordinals, casual uses and quotations are not compared.",
    bad_example: "Twelve soldiers were hurt in the first attack. Later, 12 soldiers were flown to Quetta.",
    good_example: "Twelve soldiers were hurt in the first attack. Later, the soldiers were flown to Quetta.",
};

impl Rule for FormConsistency {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, _ctx: &Context, out: &mut Vec<Diagnostic>) {
        let views = Views::of(article);
        // (value, noun, form, span, text) of each first mention.
        // Value, noun as written, form, span and text of each first count; nouns
        // compare ignoring ASCII case, without a lowercase copy per mention.
        let mut seen: Vec<(f64, &str, NumberForm, article_model::Span, &str)> = Vec::new();
        for view in views.prose() {
            for m in view.mentions {
                let Some(noun) = m.noun else { continue };
                if m.quoted
                    || m.casual
                    || m.ordinal
                    || m.protection.is_some()
                    || m.form == NumberForm::Mixed
                    || m.magnitude.is_some()
                {
                    continue;
                }
                let noun = view.token_text(noun);
                let written = view.range_text(m.tokens.clone());
                let span = view.span(m.tokens.clone());
                match seen
                    .iter()
                    .find(|s| s.0 == m.value && s.1.eq_ignore_ascii_case(noun))
                {
                    Some(first) if first.2 != m.form => {
                        let noun = noun.to_ascii_lowercase();
                        out.push(
                            finding(
                                &META,
                                format!(
                                    "`{written} {noun}` is written `{} {noun}` earlier",
                                    first.4
                                ),
                                span,
                            )
                            .with_label("same quantity, other form")
                            .with_secondary(first.3, "first written here")
                            .with_help("write one count one way throughout the article"),
                        );
                    }
                    Some(_) => {}
                    None => seen.push((m.value, noun, m.form, span, written)),
                }
            }
        }
    }
}
