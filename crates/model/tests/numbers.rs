//! The number context through the public API: values, forms, attachments, protection.

use article_model::text::numbers::{
    NumberForm, NumberMention, PercentForm, Protection, find_numbers,
};
use article_model::text::{TextBuf, Token, split_sentences, tokenize};

fn analyze(text: &str) -> (Vec<Token>, Vec<NumberMention>) {
    let buf = TextBuf::verbatim(text, 0);
    let tokens = tokenize(&buf);
    let sentences = split_sentences(&tokens, buf.text(), 0);
    let mentions = find_numbers(&tokens, buf.text(), &sentences);
    (tokens, mentions)
}

#[test]
fn seed_facts_are_counts_or_protected() {
    let text = "Troops killed 216 terrorists under Section 219 after the attacks on January 31. \
                In all, 36 civilians and 22 personnel died during Operation Radd-ul-Fitna-1.";
    let (tokens, mentions) = analyze(text);
    let found: Vec<(&str, Option<Protection>, Option<&str>)> = mentions
        .iter()
        .map(|m| {
            (
                &text[m.span(&tokens).range()],
                m.protection,
                m.noun
                    .filter(|_| m.protection.is_none())
                    .map(|n| tokens[n].as_str(text)),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("216", None, Some("terrorists")),
            ("219", Some(Protection::Designator), None),
            ("31", Some(Protection::Date), None),
            ("36", None, Some("civilians")),
            ("22", None, Some("personnel")),
            ("1", Some(Protection::Glued), None),
        ]
    );
}

#[test]
fn forms_and_attachments() {
    let (_, m) = analyze(
        "It cost $3.5 million, 1.5bn rupees and twenty-five percent more; a 6-year-old, the 21st.",
    );
    assert_eq!((m[0].value, m[0].form), (3.5e6, NumberForm::Mixed));
    assert!(m[0].currency.is_some());
    assert_eq!(m[1].value, 1.5e9);
    assert_eq!((m[2].value, m[2].form), (25.0, NumberForm::Words));
    assert_eq!(
        m[2].percent.as_ref().map(|p| p.form),
        Some(PercentForm::Percent)
    );
    assert!(m[3].age);
    assert!(m[4].ordinal);
}

#[test]
fn sentence_start_and_quotes() {
    let (_, m) = analyze("Officials left. 24 soldiers stayed and “3 went home”.");
    assert!(m[0].sentence_start);
    assert!(m[1].quoted);
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "", "-", "1-", "-1", "$", "%", "1,", ",1", "1.2.3.4", "Rs.", "a", "twenty-", "1'", "'9",
        "9th-", "No.",
    ] {
        let _ = analyze(text);
    }
}
