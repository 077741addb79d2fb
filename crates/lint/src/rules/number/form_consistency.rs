//! `number/form-consistency`: one quantity, one form ("five soldiers" … "5 soldiers").

use article_model::Article;
use article_model::text::numbers::{NumberForm, NumberMention, Traits};

use super::{View, Views, finding};
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
numbers, ordinals, casual uses and quotations are not compared, nor a number spelled \
out only because it opens a sentence (\"Twelve soldiers were hurt.\" … \"12 soldiers\": \
the house style asks for both forms), nor an age with a count that is not one (\"nine \
years in the camp\" … \"was 9 years old\": AP writes ages in figures), nor anything in a \
recipe, from its first ingredient line or yield or time label on (\"two days\" in the story, \
\"2 days\" in the recipe).",
    bad_example: "The first convoy carried five tonnes of flour. A second brought 5 tonnes of rice.",
    good_example: "Twelve soldiers were hurt in the first attack. Later, 12 soldiers were flown to Quetta.",
};

impl Rule for FormConsistency {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let spell_max = f64::from(ctx.style.numbers.spell_max);
        let views = Views::of(article);
        // Value, noun as written, form, view and mention of each first count; nouns
        // compare ignoring ASCII case, without a lowercase copy per mention, and the
        // text and span of a count are read only when it is reported.
        let mut seen: Vec<(f64, &str, NumberForm, View<'_>, &NumberMention)> =
            Vec::with_capacity(views.mention_count());
        for view in views.prose_before_recipe() {
            for m in view.mentions {
                let excluded = Traits::QUOTED
                    .and(Traits::CASUAL)
                    .and(Traits::ORDINAL)
                    .and(Traits::PROTECTED)
                    .and(Traits::MIXED)
                    .and(Traits::MAGNITUDE);
                if !m.traits().fits(Traits::NOUN, excluded) {
                    continue;
                }
                // "Twelve soldiers were hurt." is in words because it opens the
                // sentence (number/sentence-start): a "12 soldiers" later is the house
                // form, not a second one.
                if m.form == NumberForm::Words && m.sentence_start && m.value > spell_max {
                    continue;
                }
                let Some(noun) = m.noun else { continue };
                let noun = view.token_text(noun);
                // An age and a duration are two quantities, each in its house form:
                // "nine years in the camp" … "was 9 years old" (AP: ages in figures).
                match seen
                    .iter()
                    .find(|s| s.0 == m.value && s.1.eq_ignore_ascii_case(noun) && s.4.age == m.age)
                {
                    Some(first) if first.2 != m.form => {
                        let noun = noun.to_ascii_lowercase();
                        let written = view.range_text(m.tokens.clone());
                        let (first_view, first_mention) = (first.3, first.4);
                        let first_written = first_view.range_text(first_mention.tokens.clone());
                        let first_span = first_view.span(first_mention.tokens.clone());
                        out.push(
                            finding(
                                &META,
                                format!(
                                    "`{written} {noun}` is written `{first_written} {noun}` earlier"
                                ),
                                view.span(m.tokens.clone()),
                            )
                            .with_label("same quantity, other form")
                            .with_secondary(first_span, "first written here")
                            .with_help("write one count one way throughout the article"),
                        );
                    }
                    Some(_) => {}
                    None => seen.push((m.value, noun, m.form, view, m)),
                }
            }
        }
    }
}
