// A config loader that panics when a required entry has the wrong shape.
#[derive(Debug)]
enum Value {
    Int(i64),
    Text(String),
    List(Vec<Value>),
}

fn require_int(name: &str, v: &Value) -> i64 {
    let Value::Int(n) = v else {
        panic!("config key '{}' must be an integer, got {:?}", name, v);
    };
    *n
}

fn require_list<'a>(name: &str, v: &'a Value) -> &'a [Value] {
    match v {
        Value::List(items) => items,
        _ => panic!("config key '{}' must be a list", name),
    }
}

fn main() {
    let entries = vec![
        ("port", Value::Int(8080)),
        ("hosts", Value::List(vec![Value::Text("a.example".into()), Value::Text("b.example".into())])),
        ("workers", Value::Int(4)),
        ("timeout", Value::Text("30s".into())),
    ];
    let port = require_int(entries[0].0, &entries[0].1);
    println!("port = {}", port);
    let hosts = require_list(entries[1].0, &entries[1].1);
    for h in hosts {
        if let Value::Text(name) = h {
            println!("host {}", name);
        }
    }
    let workers = require_int(entries[2].0, &entries[2].1);
    println!("workers = {}", workers);
    let timeout = require_int(entries[3].0, &entries[3].1);
    println!("timeout = {}", timeout);
}
