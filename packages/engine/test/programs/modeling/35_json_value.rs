// A JSON-like value with a recursive pretty printer.
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Json {
    fn pretty(&self, indent: usize, out: &mut String) {
        let pad = "  ".repeat(indent + 1);
        let close = "  ".repeat(indent);
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(&n.to_string()),
            Json::Str(s) => out.push_str(&escape(s)),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Array(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    out.push_str(&pad);
                    item.pretty(indent + 1, out);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                out.push_str(&close);
                out.push(']');
            }
            Json::Object(fields) => {
                out.push_str("{\n");
                for (i, (k, v)) in fields.iter().enumerate() {
                    out.push_str(&format!("{}{}: ", pad, escape(k)));
                    v.pretty(indent + 1, out);
                    out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                out.push_str(&close);
                out.push('}');
            }
        }
    }
}

fn main() {
    let doc = Json::Object(vec![
        ("name".to_string(), Json::Str("Ada \"Countess\" Lovelace".to_string())),
        ("born".to_string(), Json::Number(1815.0)),
        ("height_m".to_string(), Json::Number(1.65)),
        ("languages".to_string(), Json::Array(vec![Json::Str("English".into()), Json::Str("French".into())])),
        ("children".to_string(), Json::Array(vec![])),
        ("address".to_string(), Json::Object(vec![
            ("city".to_string(), Json::Str("London".into())),
            ("zip".to_string(), Json::Null),
        ])),
        ("programmer".to_string(), Json::Bool(true)),
    ]);
    let mut out = String::new();
    doc.pretty(0, &mut out);
    println!("{}", out);
}
