//! Inline suppressions, applied after levels:
//!
//! - `<!-- article-lint-disable CODE[, CODE] -->` … `<!-- article-lint-enable CODE -->`
//!   (a range; without codes, every code; an unclosed range runs to the end of the file),
//! - `<!-- article-lint-disable-next-line CODE -->` (the next non-blank line),
//! - `<!-- article-lint-disable-file CODE -->` (the whole file),
//! - front matter `lint: {ignore: [CODE]}` (the whole file).
//!
//! Codes may be families (`number/*` or `number`). A suppression that hides nothing is
//! reported as `lint/unused-suppression` (info), an unknown code as `lint/unknown-code`
//! (warning, with "did you mean"). Parse errors never get here: they cannot be
//! suppressed.

use article_model::{Article, Source, Span};

use crate::diagnostic::{Diagnostic, Severity, family_of};
use crate::levels::Levels;

pub const UNUSED_CODE: &str = "lint/unused-suppression";
pub const UNKNOWN_CODE: &str = "lint/unknown-code";

const PREFIX: &str = "article-lint-";

/// One code (or every code) suppressed over a byte range.
#[derive(Debug, Clone)]
struct Entry {
    /// `None`: every code.
    selector: Option<String>,
    /// Where the suppression is written (the comment, or the front matter item).
    at: Span,
    /// What it covers: findings starting in this range are hidden.
    range: Span,
    /// How it is written, for messages.
    form: &'static str,
    used: bool,
}

impl Entry {
    fn matches(&self, code: &str) -> bool {
        match &self.selector {
            None => true,
            Some(selector) => {
                let key = selector.strip_suffix("/*").unwrap_or(selector);
                key == "*" || key == code || key == family_of(code)
            }
        }
    }
}

/// A parsed directive.
enum Directive {
    Disable(Vec<String>),
    Enable(Vec<String>),
    NextLine(Vec<String>),
    File(Vec<String>),
}

fn parse_directive(text: &str) -> Option<Directive> {
    let rest = text.trim().strip_prefix(PREFIX)?;
    let (name, codes) = match rest.find(|c: char| c.is_whitespace()) {
        Some(index) => (&rest[..index], &rest[index..]),
        None => (rest, ""),
    };
    let codes: Vec<String> = codes
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
        .collect();
    Some(match name {
        "disable" => Directive::Disable(codes),
        "enable" => Directive::Enable(codes),
        "disable-next-line" => Directive::NextLine(codes),
        "disable-file" => Directive::File(codes),
        _ => return None,
    })
}

/// The byte range of the first non-blank line after the line holding `offset`.
fn next_line(source: &Source, offset: usize) -> Span {
    let text = source.text();
    let mut start = match text[offset.min(text.len())..].find('\n') {
        Some(index) => offset + index + 1,
        None => return Span::empty(text.len()),
    };
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if !text[start..end].trim().is_empty() {
            return Span::new(start, end);
        }
        start = end + 1;
    }
    Span::empty(text.len())
}

/// The entries of an article and the `lint/unknown-code` findings for bad codes.
fn collect(article: &Article) -> (Vec<Entry>, Vec<Diagnostic>) {
    let source = &article.source;
    let whole = Span::new(0, source.text().len());
    let mut entries = Vec::new();
    let mut unknown = Vec::new();
    // Open `disable` ranges: index into `entries`.
    let mut open: Vec<usize> = Vec::new();

    let add = |entries: &mut Vec<Entry>,
               unknown: &mut Vec<Diagnostic>,
               codes: &[String],
               at: Span,
               range: Span,
               form: &'static str|
     -> Vec<usize> {
        let selectors: Vec<Option<String>> = if codes.is_empty() {
            vec![None]
        } else {
            codes.iter().cloned().map(Some).collect()
        };
        let mut added = Vec::new();
        for selector in selectors {
            if let Some(code) = &selector
                && !Levels::is_known_selector(code)
            {
                unknown.push(unknown_code(code, at));
                continue;
            }
            added.push(entries.len());
            entries.push(Entry {
                selector,
                at,
                range,
                form,
                used: false,
            });
        }
        added
    };

    // Front matter `lint: {ignore: [...]}`.
    let front_matter = &article.front_matter;
    if let Some(items) = front_matter
        .value
        .get("lint")
        .and_then(|lint| lint.get("ignore"))
        .and_then(|ignore| ignore.as_array())
    {
        for (index, item) in items.iter().enumerate() {
            let Some(code) = item.as_str() else { continue };
            let at = front_matter
                .spans
                .get(&format!("/lint/ignore/{index}"))
                .map_or(front_matter.delimiters.opening, |spans| spans.value);
            add(
                &mut entries,
                &mut unknown,
                &[code.to_owned()],
                at,
                whole,
                "lint: {ignore}",
            );
        }
    }

    for comment in &article.body.comments {
        let Some(directive) = parse_directive(&comment.text) else {
            continue;
        };
        let at = comment.span;
        match directive {
            Directive::File(codes) => {
                add(
                    &mut entries,
                    &mut unknown,
                    &codes,
                    at,
                    whole,
                    "article-lint-disable-file",
                );
            }
            Directive::NextLine(codes) => {
                let range = next_line(source, at.end);
                add(
                    &mut entries,
                    &mut unknown,
                    &codes,
                    at,
                    range,
                    "article-lint-disable-next-line",
                );
            }
            Directive::Disable(codes) => {
                let range = Span::new(at.end, whole.end);
                let added = add(
                    &mut entries,
                    &mut unknown,
                    &codes,
                    at,
                    range,
                    "article-lint-disable",
                );
                open.extend(added);
            }
            Directive::Enable(codes) => {
                open.retain(|&index| {
                    let entry = &mut entries[index];
                    let closes = codes.is_empty()
                        || entry
                            .selector
                            .as_ref()
                            .is_some_and(|selector| codes.contains(selector));
                    if closes {
                        entry.range.end = at.start;
                    }
                    !closes
                });
            }
        }
    }
    (entries, unknown)
}

fn unknown_code(code: &str, at: Span) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        UNKNOWN_CODE,
        Severity::Warning,
        format!("unknown code `{code}` in a suppression"),
        at,
    )
    .with_label("suppresses nothing");
    diagnostic.help = Some(match Levels::suggest(code) {
        Some(suggestion) => format!("did you mean `{suggestion}`?"),
        None => "`article-lint rules` lists every code and family".to_owned(),
    });
    diagnostic
}

/// Hides suppressed findings (levels already applied) and adds the `lint/*` findings
/// (at their configured levels). Returns the findings sorted.
pub fn apply(article: &Article, diagnostics: Vec<Diagnostic>, levels: &Levels) -> Vec<Diagnostic> {
    let (mut entries, unknown) = collect(article);
    if entries.is_empty() && unknown.is_empty() {
        return diagnostics;
    }
    let end_of_file = article.source.text().len();
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|diagnostic| {
            let start = diagnostic.span.start;
            let mut hidden = false;
            for entry in entries.iter_mut() {
                // A range reaching the end of the file covers a finding at its very end.
                let inside = entry.range.start <= start
                    && (start < entry.range.end || entry.range.end == end_of_file);
                if inside && entry.matches(&diagnostic.code) {
                    entry.used = true;
                    hidden = true;
                }
            }
            !hidden
        })
        .collect();
    let unused = entries.iter().filter(|entry| !entry.used).map(|entry| {
        let what = entry
            .selector
            .as_ref()
            .map_or_else(|| "every code".to_owned(), |code| format!("`{code}`"));
        Diagnostic::new(
            UNUSED_CODE,
            Severity::Info,
            format!("this suppression of {what} hid no finding"),
            entry.at,
        )
        .with_label("unused")
        .with_help(format!(
            "remove it (or the code from the `{}` list)",
            entry.form
        ))
    });
    for mut diagnostic in unknown.into_iter().chain(unused) {
        if let Some(severity) = levels.resolve(&diagnostic.code, diagnostic.severity) {
            diagnostic.severity = severity;
            kept.push(diagnostic);
        }
    }
    crate::engine::sort_diagnostics(&mut kept);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article::parse(Source::new("a.md", text)).unwrap()
    }

    const HEAD: &str = "---\ntitle: A headline long enough\n---\n\n";

    fn finding(code: &str, text: &str, needle: &str) -> Diagnostic {
        let start = text.find(needle).unwrap();
        Diagnostic::new(
            code,
            Severity::Error,
            "x",
            Span::new(start, start + needle.len()),
        )
    }

    fn codes(found: &[Diagnostic]) -> Vec<&str> {
        found.iter().map(|d| d.code.as_str()).collect()
    }

    #[test]
    fn directives_parse() {
        assert!(matches!(
            parse_directive(" article-lint-disable date/future, number/* "),
            Some(Directive::Disable(codes)) if codes == ["date/future", "number/*"]
        ));
        assert!(matches!(
            parse_directive("article-lint-enable"),
            Some(Directive::Enable(codes)) if codes.is_empty()
        ));
        assert!(parse_directive("article-lint-bogus x").is_none());
        assert!(parse_directive("a note").is_none());
    }

    #[test]
    fn range_hides_only_inside() {
        let text = format!(
            "{HEAD}One AAA.\n\n<!-- article-lint-disable date/future -->\n\nTwo BBB.\n\n<!-- article-lint-enable date/future -->\n\nThree CCC.\n"
        );
        let a = article(&text);
        let found = vec![
            finding("date/future", &text, "AAA"),
            finding("date/future", &text, "BBB"),
            finding("date/future", &text, "CCC"),
            finding("date/order", &text, "BBB"),
        ];
        let kept = apply(&a, found, &Levels::default());
        assert_eq!(codes(&kept), ["date/future", "date/order", "date/future"]);
    }

    #[test]
    fn next_line_skips_blank_lines_and_families_match() {
        let text = format!(
            "{HEAD}<!-- article-lint-disable-next-line number/* -->\n\nOne AAA.\nTwo BBB.\n"
        );
        let a = article(&text);
        let found = vec![
            finding("number/percent", &text, "AAA"),
            finding("number/percent", &text, "BBB"),
        ];
        let kept = apply(&a, found, &Levels::default());
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].span.start, text.find("BBB").unwrap());
    }

    #[test]
    fn unused_and_unknown_are_reported() {
        let text = format!(
            "{HEAD}<!-- article-lint-disable-file date/future -->\n<!-- article-lint-disable-file date/futur -->\n\nText.\n"
        );
        let a = article(&text);
        let kept = apply(&a, Vec::new(), &Levels::default());
        assert_eq!(codes(&kept), [UNUSED_CODE, UNKNOWN_CODE]);
        assert_eq!(kept[0].severity, Severity::Info);
        assert_eq!(kept[1].help.as_deref(), Some("did you mean `date/future`?"));
    }

    #[test]
    fn front_matter_ignore_is_file_wide() {
        let text =
            "---\ntitle: A headline long enough\nlint:\n  ignore: [date]\n---\n\nText AAA.\n";
        let a = article(text);
        let kept = apply(
            &a,
            vec![finding("date/future", text, "AAA")],
            &Levels::default(),
        );
        assert!(kept.is_empty(), "{kept:?}");
    }
}
