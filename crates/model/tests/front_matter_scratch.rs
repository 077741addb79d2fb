use serde_saphyr::granit_parser::{Parser, Event};
#[test]
fn dump() {
    for src in ["a: 'x'\nb: |\n  lit\n  more\nc:\n  - é’x\n  - {d: 1, e: [2]}\nf: &A [1]\ng: *A\nh:\ni: !!str 5\n", "", "# c\n", "a: b: c\n", "x\n---\ny\n", "key: \"unterminated\n", "- a\n-b: 'c\n"] {
        println!("=== {src:?}");
        let mut p = Parser::new_from_str(src);
        while let Some(r) = p.next_event() {
            match r {
                Ok((ev, sp)) => println!("{ev:?} {:?}..{:?} chars {}..{} {:?}", sp.start.byte_offset(), sp.end.byte_offset(), sp.start.index(), sp.end.index(), src.get(sp.start.byte_offset().unwrap()..sp.end.byte_offset().unwrap())),
                Err(e) => { println!("ERR {e} | info={} kind={:?} byte={:?} line={} col={}", e.info(), e.kind(), e.marker().byte_offset(), e.marker().line(), e.marker().col()); break; }
            }
        }
    }
}
