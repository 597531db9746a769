// A recursive value type, pretty printed with indentation
enum Value {
    Int(i64),
    Text(String),
    List(Vec<Value>),
    Pair(Box<Value>, Box<Value>),
}

fn render(v: &Value, indent: usize, out: &mut Vec<String>) {
    let pad = " ".repeat(indent * 2);
    match v {
        Value::Int(i) => out.push(format!("{}{}", pad, i)),
        Value::Text(s) => out.push(format!("{}\"{}\"", pad, s)),
        Value::List(items) => {
            out.push(format!("{}[", pad));
            for item in items {
                render(item, indent + 1, out);
            }
            out.push(format!("{}]", pad));
        }
        Value::Pair(k, v) => {
            out.push(format!("{}pair:", pad));
            render(k, indent + 1, out);
            render(v, indent + 1, out);
        }
    }
}

fn depth(v: &Value) -> usize {
    match v {
        Value::List(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Pair(a, b) => 1 + depth(a).max(depth(b)),
        _ => 0,
    }
}

fn main() {
    let v = Value::List(vec![
        Value::Int(1),
        Value::Pair(Box::new(Value::Text("name".into())), Box::new(Value::Text("Ada".into()))),
        Value::List(vec![Value::Int(2), Value::List(vec![Value::Int(3)])]),
    ]);
    let mut lines = Vec::new();
    render(&v, 0, &mut lines);
    println!("{}", lines.join("\n"));
    println!("depth = {}", depth(&v));
}
