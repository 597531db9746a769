#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

fn render(v: &Json) -> String {
    match v {
        Json::Null => "null".to_string(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        Json::Str(s) => format!("\"{}\"", s),
        Json::Array(items) => {
            let parts: Vec<String> = items.iter().map(render).collect();
            format!("[{}]", parts.join(","))
        }
        Json::Object(fields) => {
            let parts: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("\"{}\":{}", k, render(v)))
                .collect();
            format!("{{{}}}", parts.join(","))
        }
    }
}

fn depth(v: &Json) -> usize {
    match v {
        Json::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Json::Object(fields) => 1 + fields.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

fn get<'a>(v: &'a Json, key: &str) -> Option<&'a Json> {
    match v {
        Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

fn main() {
    let doc = Json::Object(vec![
        ("name".to_string(), Json::Str("memviz".to_string())),
        ("version".to_string(), Json::Number(1.5)),
        ("stable".to_string(), Json::Bool(false)),
        ("tags".to_string(), Json::Array(vec![Json::Str("rust".into()), Json::Str("edu".into())])),
        ("parent".to_string(), Json::Null),
        ("nested".to_string(), Json::Object(vec![("xs".to_string(), Json::Array(vec![Json::Array(vec![])]))])),
    ]);
    println!("{}", render(&doc));
    println!("depth = {}", depth(&doc));
    if let Some(Json::Array(tags)) = get(&doc, "tags") {
        println!("{} tags, first = {:?}", tags.len(), tags.first());
    }
    match get(&doc, "version") {
        Some(&Json::Number(n)) if n >= 1.0 => println!("release {}", n),
        Some(other) => println!("odd version {:?}", other),
        None => println!("no version"),
    }
    println!("missing key: {:?}", get(&doc, "license"));
}
