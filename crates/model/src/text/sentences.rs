//! Sentence segmentation over tokens.

use std::ops::Range;

use super::{Token, TokenKind};
use crate::Span;

/// One sentence: a range of its block's tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub tokens: Range<usize>,
    pub span: Span,
}

/// Words after which a period does not end a sentence (compared without the period,
/// case-sensitively, so "No." is an abbreviation but "no." is not).
const ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Mr", "Mrs", "Ms", "Dr",
    "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Gov", "Sen", "Rep", "Rev",
    "Hon", "Sr", "Jr", "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "No", "Nos", "Vol", "Art", "Sec",
    "Fig", "Ch", "Co", "Corp", "Inc", "Ltd", "Bros", "vs", "etc", "approx", "est", "Dept", "Univ",
    "p", "pp", "Rs", "cf", "al", "Apt", "Ste", "Bldg", "c", "ca",
];

/// Abbreviations that end a sentence only if no figure follows: the lowercase
/// locators of books and music ("Symphony no. 5", "op. 67", "vol. 2", "(fig. 7)",
/// "ch. 4") and the reporters and codes of legal citations ("78 Stat. 241", "(9th
/// Cir. 2024)", "F. Supp. 3d"). Before a capital they may well end one ("It was
/// filed under the old Stat. The court...") and before a figure a sentence should
/// not start anyway.
const BEFORE_A_FIGURE: &[&str] = &[
    "no", "nos", "op", "Op", "opp", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "secs",
    "art", "para", "pt", "pts", "bk", "ser", "Stat", "Cir", "Supp", "Cong", "Sess", "Reg", "Ct",
    "App", "Pub",
];

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
        // A single capital is an initial ("John F. Kennedy").
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// Splits `tokens[from..]` into sentences. A sentence ends at `.`, `!` or `?` (with any
/// closing quotes and brackets after it) when the next token opens a new sentence: a
/// capital letter, a figure or an opening quote. It does not end after an abbreviation
/// ("Feb.", "No.", "Gen.") or a dotted one ("U.S.", "a.m."), nor inside a number.
pub fn split_sentences(tokens: &[Token], text: &str, from: usize) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = from;
    let mut i = from;
    while i < tokens.len() {
        let token = &tokens[i];
        let is_terminator =
            token.kind == TokenKind::Punct && matches!(token.as_str(text), "." | "!" | "?" | "…");
        if is_terminator {
            let after_abbreviation = token.as_str(text) == "."
                && i > start
                && tokens[i - 1].is_word()
                && tokens[i].glued()
                && (is_abbreviation(tokens[i - 1].as_str(text))
                    || (BEFORE_A_FIGURE.contains(&tokens[i - 1].as_str(text))
                        && tokens
                            .get(i + 1)
                            .is_some_and(|t| matches!(t.kind, TokenKind::Number(_)))));
            // Absorb closing quotes and brackets.
            let mut end = i + 1;
            while end < tokens.len()
                && (matches!(tokens[end].kind, TokenKind::Quote { opening: false })
                    || (tokens[end].kind == TokenKind::Punct
                        && matches!(tokens[end].as_str(text), ")" | "]")))
                && tokens[end].glued()
            {
                end += 1;
            }
            if !after_abbreviation && (end == tokens.len() || opens_sentence(&tokens[end], text)) {
                sentences.push(make_sentence(tokens, start..end));
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        sentences.push(make_sentence(tokens, start..tokens.len()));
    }
    sentences
}

fn opens_sentence(token: &Token, text: &str) -> bool {
    if !token.space_before {
        return false;
    }
    match token.kind {
        TokenKind::Word => token
            .as_str(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase),
        TokenKind::Number(_) | TokenKind::Numeric => true,
        TokenKind::Quote { opening } => opening,
        TokenKind::Punct => matches!(token.as_str(text), "(" | "[" | "$" | "£" | "€"),
    }
}

fn make_sentence(tokens: &[Token], range: Range<usize>) -> Sentence {
    let span = tokens[range.start].span.cover(tokens[range.end - 1].span);
    Sentence {
        tokens: range,
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{TextBuf, tokenize};

    fn split(text: &str) -> Vec<String> {
        let buf = TextBuf::verbatim(text, 0);
        let tokens = tokenize(&buf);
        split_sentences(&tokens, buf.text(), 0)
            .into_iter()
            .map(|s| text[s.span.range()].to_owned())
            .collect()
    }

    #[test]
    fn does_not_break_after_abbreviations_or_in_numbers() {
        assert_eq!(
            split(
                "The U.S. Army met Gen. Khan on Feb. 6 at 10 a.m. in Room No. 4. It cost $3.5 million. Done!"
            ),
            [
                "The U.S. Army met Gen. Khan on Feb. 6 at 10 a.m. in Room No. 4.",
                "It cost $3.5 million.",
                "Done!"
            ]
        );
        assert_eq!(
            split("Dr. Ali and Sept. 11 differ. Yes."),
            ["Dr. Ali and Sept. 11 differ.", "Yes."]
        );
        assert_eq!(
            split("She lived in Apt. 4 on Elm Street. He left."),
            ["She lived in Apt. 4 on Elm Street.", "He left."]
        );
    }

    #[test]
    fn locators_and_citations_hold_their_figure() {
        assert_eq!(
            split(
                "Symphony no. 5, op. 67, vol. 2 (fig. 7) and 78 Stat. 241 (9th Cir. 2024). He left."
            ),
            [
                "Symphony no. 5, op. 67, vol. 2 (fig. 7) and 78 Stat. 241 (9th Cir. 2024).",
                "He left."
            ]
        );
        // Before a capital, such a word may end its sentence.
        assert_eq!(
            split("The answer was no. Then he left."),
            ["The answer was no.", "Then he left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“We will stay.” The minister left. 24 people died."),
            ["“We will stay.”", "The minister left.", "24 people died."]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_break() {
        assert_eq!(
            split("It rose 3.1 pct. in March."),
            ["It rose 3.1 pct. in March."]
        );
    }
}
