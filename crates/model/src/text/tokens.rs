//! Tokens: words, numbers with parsed values, punctuation and quotation marks, each
//! with its source span, shared by every prose rule.

use std::ops::Range;

use super::TextBuf;
use crate::Span;

/// How the digits of a number are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No separator: "25000", "3.1".
    None,
    /// Comma every three digits: "25,000".
    Comma,
    /// Indian lakh/crore grouping: "10,00,000".
    Indian,
    /// Commas in other places ("3,5", "10,0000"): a typo or a decimal comma.
    Irregular,
}

/// A number written in figures, with its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// The value, separators removed ("25,000" → 25000.0, "3.10" → 3.1).
    pub value: f64,
    pub grouping: Grouping,
    /// Digits after the decimal point as written ("3.10" → 2).
    pub decimals: u8,
    /// Digits before the decimal point, separators not counted ("25,000" → 5).
    pub integer_digits: u8,
}

impl Number {
    /// A whole number written without a decimal point.
    pub fn is_integer(&self) -> bool {
        self.decimals == 0
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes ("Pakistan’s") and dotted abbreviations
    /// ("U.S.", "a.m.", the final period included).
    Word,
    /// A number in figures: "216", "25,000", "3.1", ".7".
    Number(Number),
    /// Digits that are not one number: times "10:30", numeric dates "3/4/2026",
    /// versions "6.6.0", fractions "1/2".
    Numeric,
    /// One punctuation or symbol character: `.`, `,`, `-`, `—`, `$`, `%`, `(`…
    Punct,
    /// A double (or curly single) quotation mark.
    Quote { opening: bool },
}

/// One token of a [`TextBuf`].
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    /// Where the token is in the source file.
    pub span: Span,
    /// Where the token is in its [`TextBuf`]'s text.
    pub text: Range<usize>,
    /// Whether white space separates it from the previous token (true for the first).
    pub space_before: bool,
    /// Inside quotation marks (the marks themselves are not).
    pub quoted: bool,
}

impl Token {
    /// The token's text, given its buffer's text.
    #[inline]
    pub fn as_str<'a>(&self, text: &'a str) -> &'a str {
        &text[self.text.clone()]
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    #[inline]
    pub fn number(&self) -> Option<&Number> {
        match &self.kind {
            TokenKind::Number(number) => Some(number),
            _ => None,
        }
    }

    #[inline]
    pub fn is_punct(&self, text: &str, punct: char) -> bool {
        self.kind == TokenKind::Punct && self.as_str(text).starts_with(punct)
    }

    /// Glued to the previous token (no white space between them).
    #[inline]
    pub fn glued(&self) -> bool {
        !self.space_before
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits a buffer's text into tokens.
pub fn tokenize(buf: &TextBuf) -> Vec<Token> {
    let text = buf.text();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset_at = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut tokens: Vec<Token> = Vec::new();
    let mut space_before = true;
    let mut open_quotes: Vec<char> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            i = scan_word(&chars, i);
            kind = TokenKind::Word;
        } else if c.is_ascii_digit()
            || (c == '.'
                && char_at(i + 1).is_some_and(|n| n.is_ascii_digit())
                && !tokens.last().is_some_and(|t| {
                    !space_before && matches!(t.kind, TokenKind::Number(_) | TokenKind::Word)
                }))
        {
            i = scan_numeric(&chars, i);
            let raw = &text[offset_at(start)..offset_at(i)];
            kind = classify_numeric(raw);
        } else if c == '"' || c == '“' || c == '”' || c == '‘' || (is_apostrophe(c)) {
            let prev_is_letter = start > 0 && chars[start - 1].1.is_alphanumeric();
            let next_is_letter = char_at(i + 1).is_some_and(char::is_alphanumeric);
            let opening = match c {
                '“' | '‘' => true,
                '”' => false,
                '"' => {
                    space_before
                        || tokens.last().is_some_and(|t| {
                            t.kind == TokenKind::Punct
                                && matches!(t.as_str(text), "(" | "[" | "—" | "–")
                        })
                }
                // ' and ’: an apostrophe unless it closes an open single quote.
                _ => {
                    if open_quotes.last().is_some_and(|&q| q == '‘' || q == '\'')
                        && !(prev_is_letter && next_is_letter)
                    {
                        false
                    } else {
                        // A lone apostrophe ("the '90s", "Jones’ car") is punctuation.
                        i += 1;
                        tokens.push(make_token(
                            buf,
                            TokenKind::Punct,
                            offset_at(start)..offset_at(i),
                            space_before,
                            !open_quotes.is_empty(),
                        ));
                        space_before = false;
                        continue;
                    }
                }
            };
            i += 1;
            if opening {
                // A straight single quote only opens a quotation when it cannot be an
                // apostrophe; treat it as punctuation to stay conservative.
                if c == '\'' {
                    tokens.push(make_token(
                        buf,
                        TokenKind::Punct,
                        offset_at(start)..offset_at(i),
                        space_before,
                        !open_quotes.is_empty(),
                    ));
                    space_before = false;
                    continue;
                }
                tokens.push(make_token(
                    buf,
                    TokenKind::Quote { opening: true },
                    offset_at(start)..offset_at(i),
                    space_before,
                    !open_quotes.is_empty(),
                ));
                open_quotes.push(c);
            } else {
                open_quotes.pop();
                tokens.push(make_token(
                    buf,
                    TokenKind::Quote { opening: false },
                    offset_at(start)..offset_at(i),
                    space_before,
                    !open_quotes.is_empty(),
                ));
            }
            space_before = false;
            continue;
        } else {
            i += 1;
            kind = TokenKind::Punct;
        }
        tokens.push(make_token(
            buf,
            kind,
            offset_at(start)..offset_at(i),
            space_before,
            !open_quotes.is_empty(),
        ));
        space_before = false;
    }
    tokens
}

fn make_token(
    buf: &TextBuf,
    kind: TokenKind,
    text: Range<usize>,
    space_before: bool,
    quoted: bool,
) -> Token {
    Token {
        kind,
        span: buf.source_span(text.start, text.end),
        text,
        space_before,
        quoted,
    }
}

/// Letters with inner apostrophes; a dotted abbreviation of short segments
/// ("U.S.", "a.m.", "e.g.") is one token with its final period.
fn scan_word(chars: &[(usize, char)], mut i: usize) -> usize {
    let letters = |mut j: usize| {
        while j < chars.len() && chars[j].1.is_alphabetic() {
            j += 1;
        }
        j
    };
    let start = i;
    i = letters(i);
    while i + 1 < chars.len() && is_apostrophe(chars[i].1) && chars[i + 1].1.is_alphabetic() {
        i = letters(i + 1);
    }
    // Dotted abbreviation: every segment one or two letters.
    if i - start <= 2 && chars.get(i).is_some_and(|c| c.1 == '.') {
        let mut j = i;
        let mut segments = 1;
        while chars.get(j).is_some_and(|c| c.1 == '.') {
            let next = letters(j + 1);
            if next == j + 1 || next - (j + 1) > 2 {
                break;
            }
            segments += 1;
            j = next;
        }
        if segments > 1 {
            // Include the final period when there is one.
            return if chars.get(j).is_some_and(|c| c.1 == '.') {
                j + 1
            } else {
                j
            };
        }
    }
    i
}

/// Digits with inner `.`, `,`, `:` or `/` each followed by a digit.
fn scan_numeric(chars: &[(usize, char)], mut i: usize) -> usize {
    if chars[i].1 == '.' {
        i += 1;
    }
    loop {
        while i < chars.len() && chars[i].1.is_ascii_digit() {
            i += 1;
        }
        let separator = chars.get(i).map(|c| c.1);
        let digit_after = chars.get(i + 1).is_some_and(|c| c.1.is_ascii_digit());
        if matches!(separator, Some('.' | ',' | ':' | '/')) && digit_after {
            i += 1;
        } else {
            return i;
        }
    }
}

fn classify_numeric(raw: &str) -> TokenKind {
    if raw.contains([':', '/']) || raw.matches('.').count() > 1 {
        return TokenKind::Numeric;
    }
    let (integer_part, fraction) = match raw.split_once('.') {
        Some((int, frac)) => (int, frac),
        None => (raw, ""),
    };
    let groups: Vec<&str> = integer_part.split(',').collect();
    let grouping = if groups.len() == 1 {
        Grouping::None
    } else if (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3) {
        Grouping::Comma
    } else if (1..=2).contains(&groups[0].len())
        && groups.last().is_some_and(|g| g.len() == 3)
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
    {
        Grouping::Indian
    } else {
        Grouping::Irregular
    };
    let digits: String = integer_part.chars().filter(char::is_ascii_digit).collect();
    let plain = if fraction.is_empty() {
        digits.clone()
    } else {
        format!("{digits}.{fraction}")
    };
    let plain = if plain.starts_with('.') {
        format!("0{plain}")
    } else {
        plain
    };
    match plain.parse::<f64>() {
        Ok(value) => TokenKind::Number(Number {
            value,
            grouping,
            decimals: fraction.len().min(u8::MAX as usize) as u8,
            integer_digits: digits.len().min(u8::MAX as usize) as u8,
        }),
        Err(_) => TokenKind::Numeric,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(text: &str) -> Vec<(String, TokenKind, bool, bool)> {
        let buf = TextBuf::verbatim(text, 100);
        tokenize(&buf)
            .into_iter()
            .map(|t| {
                assert_eq!(t.span, Span::new(100 + t.text.start, 100 + t.text.end));
                (t.as_str(text).to_owned(), t.kind, t.space_before, t.quoted)
            })
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        lex(text).into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            texts("Pakistan’s 216 terrorists, 5,000 people."),
            [
                "Pakistan’s",
                "216",
                "terrorists",
                ",",
                "5,000",
                "people",
                "."
            ]
        );
        assert_eq!(
            texts("F-16 COVID-19 G7"),
            ["F", "-", "16", "COVID", "-", "19", "G", "7"]
        );
        assert_eq!(
            texts("the U.S. at 10:30 a.m."),
            ["the", "U.S.", "at", "10:30", "a.m."]
        );
        assert_eq!(texts("£3.50 and 6.6.0"), ["£", "3.50", "and", "6.6.0"]);
        assert_eq!(texts("end.Then"), ["end", ".", "Then"]);
    }

    #[test]
    fn numbers_carry_values_and_grouping() {
        let tokens = lex("25,000 10,00,000 3.10 .7 3,5 1.5bn");
        let numbers: Vec<Number> = tokens
            .iter()
            .filter_map(|t| match t.1 {
                TokenKind::Number(n) => Some(n),
                _ => None,
            })
            .collect();
        assert_eq!(numbers[0].value, 25000.0);
        assert_eq!(numbers[0].grouping, Grouping::Comma);
        assert_eq!(numbers[1].value, 1_000_000.0);
        assert_eq!(numbers[1].grouping, Grouping::Indian);
        assert_eq!((numbers[2].value, numbers[2].decimals), (3.1, 2));
        assert_eq!(numbers[3].value, 0.7);
        assert_eq!(numbers[4].grouping, Grouping::Irregular);
        assert_eq!(numbers[5].value, 1.5);
        assert_eq!(tokens.last().unwrap().0, "bn");
        assert!(!tokens.last().unwrap().2, "bn is glued to 1.5");
    }

    #[test]
    fn numeric_non_numbers() {
        for raw in ["10:30", "3/4/2026", "6.6.0", "3.4.2026"] {
            assert_eq!(lex(raw)[0].1, TokenKind::Numeric, "{raw}");
        }
    }

    #[test]
    fn quotes_mark_quoted_tokens() {
        let tokens = lex("He said “we will stay” and \"go now\" then left");
        let quoted: Vec<&str> = tokens
            .iter()
            .filter(|t| t.3)
            .map(|t| t.0.as_str())
            .collect();
        assert_eq!(quoted, ["we", "will", "stay", "go", "now"]);
        assert!(!tokens.last().unwrap().3);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let tokens = lex("the '90s and Jones’ car");
        assert!(tokens.iter().all(|t| !t.3));
        assert_eq!(tokens[1].1, TokenKind::Punct);
    }
}
