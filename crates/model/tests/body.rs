//! Markdown body → prose blocks, tokens, sentences, comments and dateline.

use article_model::body::{BlockKind, Body, DatelineForm, parse_body};
use article_model::text::TokenKind;
use article_model::{Article, Source, Span};

fn parse(text: &str) -> (Source, Body) {
    let source = Source::new("a.md", text);
    let body = parse_body(&source, 0);
    (source, body)
}

/// Every block's texts, for compact assertions.
fn texts(body: &Body) -> Vec<&str> {
    body.blocks.iter().map(|b| b.text.text()).collect()
}

/// Each token's source slice must equal its text, except tokens from decoded pieces.
fn assert_tokens_map_to_source(source: &Source, body: &Body) {
    for block in &body.blocks {
        for token in &block.tokens {
            let text = token.as_str(block.text.text());
            let slice = source.slice(token.span);
            assert!(
                slice == text || slice.contains('&') || slice.contains('\\'),
                "token {text:?} maps to {slice:?}"
            );
        }
    }
}

fn token_span(body: &Body, block: usize, text: &str) -> Span {
    let block = &body.blocks[block];
    block
        .tokens
        .iter()
        .find(|t| t.as_str(block.text.text()) == text)
        .unwrap_or_else(|| panic!("no token {text:?} in {:?}", block.text.text()))
        .span
}

fn sentences(source: &Source, body: &Body, block: usize) -> Vec<String> {
    body.blocks[block]
        .sentences
        .iter()
        .map(|s| source.slice(s.span).to_owned())
        .collect()
}

#[test]
fn token_spans_are_file_offsets_with_a_start_offset() {
    let text = "---\nx: 1\n---\nThe Pakistan Army said 216 were killed.\n";
    let start = text.find("The").unwrap();
    let source = Source::new("a.md", text);
    let body = parse_body(&source, start);
    assert_eq!(body.span, Span::new(start, text.len()));
    let span = token_span(&body, 0, "216");
    assert_eq!(source.slice(span), "216");
    assert_eq!(span.start, text.find("216").unwrap());
    assert_eq!(body.blocks[0].span, Span::new(start, text.len() - 1));
    assert_tokens_map_to_source(&source, &body);
}

#[test]
fn spans_after_multibyte_text_and_inside_emphasis_and_links() {
    let text =
        "Çé “quoted” *216 dead* in **Quetta** and [the ISPR’s 36 report](https://x.org/a \"t\").\n";
    let (source, body) = parse(text);
    assert_eq!(
        texts(&body),
        ["Çé “quoted” 216 dead in Quetta and the ISPR’s 36 report."]
    );
    for word in ["216", "Quetta", "ISPR’s", "36", "quoted", "Çé"] {
        let span = token_span(&body, 0, word);
        assert_eq!(source.slice(span), word);
    }
    assert_eq!(token_span(&body, 0, "216").start, text.find("216").unwrap());
    assert_tokens_map_to_source(&source, &body);
    // The link destination is not text.
    assert!(!body.blocks[0].text.text().contains("x.org"));
}

#[test]
fn code_html_urls_and_images_are_not_prose() {
    let text = "\
Run `rm -rf` now <span class=\"x\">ok</span> then<br>stop.

```rust
let secret = 1;
```

    indented code line

<div>
A block of HTML.
</div>

See https://example.com/a?b=c, www.example.org. and <https://auto.link/x> or <me@mail.com>.

![Alt text of an image](pic.png \"title\") Caption here.

Visit (https://example.com/path_(x)) today.
";
    let (source, body) = parse(text);
    assert_eq!(
        texts(&body),
        [
            "Run   now ok then stop.",
            "See  ,  . and   or  .",
            " Caption here.",
            "Visit ( ) today.",
        ]
    );
    assert_tokens_map_to_source(&source, &body);
    // The separator standing for a URL maps to the whole URL.
    let see = &body.blocks[1];
    let url_start = text.find("https://example.com/a").unwrap();
    assert_eq!(
        see.text.source_span(4, 5),
        Span::new(url_start, url_start + "https://example.com/a?b=c".len())
    );
    let visit = &body.blocks[3];
    let close = visit
        .tokens
        .iter()
        .find(|t| t.as_str(visit.text.text()) == ")")
        .unwrap();
    assert_eq!(close.span.start, text.find(")) today").unwrap() + 1);
}

#[test]
fn entities_are_decoded_and_mapped_to_the_entity() {
    let text = "Tom &amp; Jerry &copy; 2026 \\* ok\n";
    let (source, body) = parse(text);
    let block = &body.blocks[0];
    assert_eq!(block.text.text(), "Tom & Jerry © 2026 * ok");
    let amp = token_span(&body, 0, "&");
    assert_eq!(source.slice(amp), "&amp;");
    assert_eq!(source.slice(token_span(&body, 0, "©")), "&copy;");
    assert_eq!(source.slice(token_span(&body, 0, "2026")), "2026");
    assert_eq!(source.slice(token_span(&body, 0, "Jerry")), "Jerry");
    assert_eq!(source.slice(token_span(&body, 0, "*")), "*");
}

#[test]
fn comments_are_collected_from_block_and_inline_html() {
    let text = "\
<!-- lint-disable number-format -->

Text <!-- inline
comment --> more text.

<div>
<!-- one --> <b>x</b> <!--two-->
</div>
";
    let (source, body) = parse(text);
    let comments: Vec<&str> = body.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        comments,
        [
            "lint-disable number-format",
            "inline\ncomment",
            "one",
            "two"
        ]
    );
    for comment in &body.comments {
        let slice = source.slice(comment.span);
        assert!(
            slice.starts_with("<!--") && slice.ends_with("-->"),
            "{slice}"
        );
    }
    assert_eq!(texts(&body), ["Text  more text."]);
}

#[test]
fn headings_lists_tables_and_block_quotes() {
    let text = "\
# Main *heading*

Intro paragraph.

- tight one
- tight two
  - nested item

1. loose first

   second paragraph
2. loose third

> Quoted words.
> More quoted.

| City | Deaths |
|------|--------|
| Quetta | 36 |
";
    let (source, body) = parse(text);
    let kinds: Vec<(BlockKind, bool, &str)> = body
        .blocks
        .iter()
        .map(|b| (b.kind, b.in_blockquote, b.text.text()))
        .collect();
    use BlockKind::*;
    assert_eq!(
        kinds,
        [
            (Heading { level: 1 }, false, "Main heading"),
            (Paragraph, false, "Intro paragraph."),
            (ListItem, false, "tight one"),
            (ListItem, false, "tight two"),
            (ListItem, false, "nested item"),
            (ListItem, false, "loose first"),
            (ListItem, false, "second paragraph"),
            (ListItem, false, "loose third"),
            (Paragraph, true, "Quoted words. More quoted."),
            (TableCell, false, "City"),
            (TableCell, false, "Deaths"),
            (TableCell, false, "Quetta"),
            (TableCell, false, "36"),
        ]
    );
    let slices: Vec<&str> = body.blocks.iter().map(|b| source.slice(b.span)).collect();
    assert_eq!(slices[0], "# Main *heading*");
    assert_eq!(slices[2], "tight one");
    assert_eq!(slices[3], "tight two");
    assert_eq!(slices[8], "Quoted words.\n> More quoted.");
    assert_eq!(slices[11], "Quetta");
    assert_eq!(source.slice(token_span(&body, 0, "heading")), "heading");
    assert_eq!(
        sentences(&source, &body, 8),
        ["Quoted words.", "More quoted."]
    );
    assert_tokens_map_to_source(&source, &body);
}

#[test]
fn crlf_input() {
    let text = "First line\r\nsecond line.\r\n\r\n## Head\r\n\r\n- a item\r\n- b item\r\n";
    let (source, body) = parse(text);
    assert_eq!(
        texts(&body),
        ["First line second line.", "Head", "a item", "b item"]
    );
    assert_eq!(
        source.slice(body.blocks[0].span),
        "First line\r\nsecond line."
    );
    assert_eq!(source.slice(body.blocks[1].span), "## Head");
    assert_eq!(source.slice(token_span(&body, 0, "second")), "second");
    assert_tokens_map_to_source(&source, &body);
}

#[test]
fn empty_blocks_are_dropped() {
    let (_, body) = parse("![only an image](x.png)\n\n`code only`\n\nReal text.\n");
    assert_eq!(texts(&body), ["Real text."]);
}

#[test]
fn bom_at_body_start_is_skipped() {
    let (source, body) = parse("\u{feff}Hello world.\n");
    assert_eq!(texts(&body), ["Hello world."]);
    assert_eq!(source.slice(token_span(&body, 0, "Hello")), "Hello");
    assert_eq!(body.span, Span::new(0, source.text().len()));
}

// --- Datelines ---------------------------------------------------------------

fn dateline(text: &str) -> Option<(DatelineForm, String, Option<String>, Option<String>)> {
    let (_, body) = parse(text);
    body.dateline
        .map(|d| (d.form, d.city, d.agency, d.date.map(|(date, _)| date)))
}

#[test]
fn dateline_forms() {
    use DatelineForm::*;
    /// Text, form, city, agency, date.
    type Case = (
        &'static str,
        DatelineForm,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
    );
    #[rustfmt::skip] // one case a line reads as a table
    let cases: &[Case] = &[
        ("ISLAMABAD: The United States said.\n", Colon, "ISLAMABAD", None, None),
        ("ISLAMABAD — The United States said.\n", Dash, "ISLAMABAD", None, None),
        ("ISLAMABAD - The United States said.\n", Dash, "ISLAMABAD", None, None),
        ("ISLAMABAD – The United States said.\n", Dash, "ISLAMABAD", None, None),
        ("ISLAMABAD (AP) — The United States said.\n", Agency, "ISLAMABAD", Some("AP"), None),
        ("ISLAMABAD, Feb 6 (Reuters) - The United States said.\n", Reuters, "ISLAMABAD", Some("Reuters"), Some("Feb 6")),
        ("NEW YORK (AP) — Stocks fell.\n", Agency, "NEW YORK", Some("AP"), None),
        ("RAWALPINDI, Pakistan (AP) — Troops moved.\n", Agency, "RAWALPINDI", Some("AP"), None),
        ("DERA ISMAIL KHAN: Police said.\n", Colon, "DERA ISMAIL KHAN", None, None),
        // Day first, as in British copy.
        ("LONDON, 6 February (Reuters) - Shares fell.\n", Reuters, "LONDON", Some("Reuters"), Some("6 February")),
        ("LONDON, 6 Feb (Reuters) - Shares fell.\n", Reuters, "LONDON", Some("Reuters"), Some("6 Feb")),
        // An organization named after the dateline, or credited: still a dateline.
        ("WASHINGTON — NASA said it would wait.\n", Dash, "WASHINGTON", None, None),
        ("ROME — \"We will wait,\" the minister said.\n", Dash, "ROME", None, None),
        ("ROME — 24 people were hurt.\n", Dash, "ROME", None, None),
        ("ST. LOUIS — Police said.\n", Dash, "ST. LOUIS", None, None),
        // AP's capitals keep a name prefix in lower case.
        ("McALLEN, Texas — Agents said.\n", Dash, "McALLEN", None, None),
        ("DeKALB, Ill. — Police said.\n", Dash, "DeKALB", None, None),
        ("KARACHI, Feb. 6 (Reuters) -- Shares rose.\n", Reuters, "KARACHI", Some("Reuters"), Some("Feb. 6")),
        ("LAHORE (APP): The meeting ended.\n", Agency, "LAHORE", Some("APP"), None),
        ("**PESHAWAR:** Schools reopened.\n", Colon, "PESHAWAR", None, None),
        // Title case is recognized only with an agency credit.
        ("Islamabad (AP) — Officials said.\n", Agency, "Islamabad", Some("AP"), None),
        ("New York, Feb 6 (Reuters) - Stocks fell.\n", Reuters, "New York", Some("Reuters"), Some("Feb 6")),
    ];
    for &(text, form, city, agency, date) in cases {
        let expected = Some((
            form,
            city.to_owned(),
            agency.map(str::to_owned),
            date.map(str::to_owned),
        ));
        assert_eq!(dateline(text), expected, "{text}");
    }
}

#[test]
fn dateline_capitals_keep_name_prefixes() {
    use article_model::body::{in_capitals, to_capitals};
    for (city, capitals) in [
        ("McAllen", "McALLEN"),
        ("DeKalb", "DeKALB"),
        ("LaGrange", "LaGRANGE"),
        ("Macon", "MACON"),
        ("Lafayette", "LAFAYETTE"),
        ("Winston-Salem", "WINSTON-SALEM"),
        ("St. Louis", "ST. LOUIS"),
    ] {
        assert_eq!(to_capitals(city), capitals, "{city}");
        assert!(in_capitals(capitals), "{capitals}");
        assert!(!in_capitals(city), "{city}");
    }
}

#[test]
fn not_datelines() {
    for text in [
        "Note: see below for details.\n",
        "However — he said it was late.\n",
        "islamabad: the city was quiet.\n",
        "Islamabad: the city was quiet.\n",
        "Islamabad — the city was quiet.\n",
        "NOTE: see below.\n",
        "UPDATE — more later.\n",
        "ISLAMABAD-based officials said so.\n",
        "Q: What happened?\n",
        "The Prime Minister said (on Friday) — nothing.\n",
        "# ISLAMABAD: heading\n\nText follows.\n",
        "> ISLAMABAD: quoted\n",
        // An organization as the subject, and an aside after a name.
        "NASA — the space agency — said it would wait.\n",
        "NASA: The launch slipped again.\n",
        "FBI — The bureau declined to comment.\n",
        "PESHAWAR — residents said the roads were closed.\n",
        // A name prefix before lower case is title case, not capitals.
        "McAllen — Agents said.\n",
    ] {
        assert_eq!(dateline(text), None, "{text}");
    }
}

#[test]
fn dateline_spans_and_first_sentence_after_it() {
    let text = "ISLAMABAD, Feb 6 (Reuters) - Pakistan said 216 died. It was Friday.\n";
    let (source, body) = parse(text);
    let d = body.dateline.as_ref().unwrap();
    assert_eq!(source.slice(d.span), "ISLAMABAD, Feb 6 (Reuters) -");
    assert_eq!(source.slice(d.city_span), "ISLAMABAD");
    assert_eq!(source.slice(d.date.as_ref().unwrap().1), "Feb 6");
    assert_eq!(body.dateline_block, Some(0));
    assert_eq!(body.blocks[0].token_text(d.end_token), "Pakistan");
    assert_eq!(
        sentences(&source, &body, 0),
        ["Pakistan said 216 died.", "It was Friday."]
    );
}

#[test]
fn dateline_after_display_date_and_residue_lines() {
    let text = "\
Markets Steady as Talks Resume

Officials signal progress while traders wait for details on the new tariff plan

Fri Feb 06 2026
icon-facebook icon-twitter icon-whatsapp

LAHORE: Officials met on Friday. They agreed.
";
    let (source, body) = parse(text);
    let d = body.dateline.as_ref().unwrap();
    assert_eq!(d.form, DatelineForm::Colon);
    assert_eq!(d.city, "LAHORE");
    assert_eq!(body.dateline_block, Some(3));
    assert_eq!(
        sentences(&source, &body, 3),
        ["Officials met on Friday.", "They agreed."]
    );
}

#[test]
fn dateline_searched_in_first_three_paragraphs_only() {
    let with_heading = "# Title\n\nA subtitle line\n\nKARACHI: Rain fell.\n";
    assert!(parse(with_heading).1.dateline.is_some());
    let late = "One.\n\nTwo.\n\nThree.\n\nKARACHI: Rain fell.\n";
    assert!(parse(late).1.dateline.is_none());
}

// --- Whole articles (needs the front matter parser) ----------------------------

#[test]
fn article_body_starts_after_front_matter() {
    let text = "---\ntitle: A title\n---\nQUETTA: 36 civilians died &amp; 22 were hurt.\n\n<!-- lint-disable -->\n";
    let Ok(article) = Article::parse(Source::new("a.md", text)) else {
        // The YAML front matter parser is not in yet.
        return;
    };
    let body = &article.body;
    assert_eq!(body.span.start, text.find("QUETTA").unwrap());
    assert_eq!(body.dateline.as_ref().unwrap().city, "QUETTA");
    let block = &body.blocks[0];
    let n36 = block
        .tokens
        .iter()
        .find(|t| matches!(t.kind, TokenKind::Number(_)))
        .unwrap();
    assert_eq!(article.source.slice(n36.span), "36");
    assert_eq!(body.comments[0].text, "lint-disable");
}

proptest::proptest! {
    #[test]
    fn never_panics_and_spans_stay_in_the_body(
        text in "([a-zA-Z0-9 .,:()*_`<>!\\[\\]#>|&;\\-—é“”\\\\/]|\r?\n|https://|www\\.|<!--|-->|&amp;|  \n){0,80}"
    ) {
        let source = Source::new("a.md", format!("xx\n{text}"));
        let body = parse_body(&source, 3);
        for block in &body.blocks {
            proptest::prop_assert!(body.span.contains_span(block.span));
            for token in &block.tokens {
                proptest::prop_assert!(body.span.contains_span(token.span));
                proptest::prop_assert!(source.text().get(token.span.range()).is_some());
            }
        }
        for comment in &body.comments {
            proptest::prop_assert!(source.slice(comment.span).starts_with("<!--"));
        }
    }
}
