use jsonschema::error::ValidationErrorKind;
fn dump(e: &jsonschema::ValidationError, depth: usize) {
    let pad = "  ".repeat(depth);
    println!("{pad}kind={} inst={} schema={} eval={} abs={:?}", e.kind().keyword(), e.instance_path().as_str(), e.schema_path().as_str(), e.evaluation_path().as_str(), e.absolute_keyword_location().map(|u| u.as_str().to_string()));
    if let ValidationErrorKind::AnyOf { context } = e.kind() {
        for (i, branch) in context.iter().enumerate() {
            println!("{pad} branch {i}");
            for c in branch { dump(c, depth + 2); }
        }
    }
}
fn main() {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../../../schemas/article.schema.json")).unwrap();
    let v = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    let inst = serde_json::json!({"title": "Short.", "published": "06/02/2026", "author": [{"url": 3}, 5], "tags": ["a", "a"], "draft": "yes"});
    for e in v.iter_errors(&inst) { dump(&e, 0); }
    let s2 = serde_json::json!({"$ref": "https://example.com/x.json"});
    let r = jsonschema::options().offline().build(&s2);
    match r { Err(e) => { println!("err: {e}"); println!("{:?}", e.kind()); } Ok(_) => println!("built lazily!") }
    let s3 = serde_json::json!({"type": 5});
    match jsonschema::options().build(&s3) { Err(e) => println!("err3: {e} / {} / {}", e.instance_path().as_str(), e.schema_path().as_str()), Ok(_) => println!("ok3") }
}
