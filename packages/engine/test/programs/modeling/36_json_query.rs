use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Int(i64),
    Text(String),
    List(Vec<Value>),
    Map(Vec<(String, Value)>),
}

impl Value {
    fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn index(&self, i: usize) -> Option<&Value> {
        if let Value::List(items) = self { items.get(i) } else { None }
    }

    fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    // "a.b.0.c" style lookup
    fn path(&self, path: &str) -> Option<&Value> {
        path.split('.').try_fold(self, |cur, part| match part.parse::<usize>() {
            Ok(i) => cur.index(i),
            Err(_) => cur.get(part),
        })
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Int(n) => write!(f, "{}", n),
            Value::Text(s) => write!(f, "\"{}\"", s),
            Value::List(items) => {
                let parts: Vec<String> = items.iter().map(|v| v.to_string()).collect();
                write!(f, "[{}]", parts.join(","))
            }
            Value::Map(pairs) => {
                let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("\"{}\":{}", k, v)).collect();
                write!(f, "{{{}}}", parts.join(","))
            }
        }
    }
}

fn main() {
    let order = Value::Map(vec![
        ("id".into(), Value::Int(1042)),
        ("customer".into(), Value::Map(vec![("name".into(), Value::Text("Noor".into())), ("vip".into(), Value::Null)])),
        ("lines".into(), Value::List(vec![
            Value::Map(vec![("sku".into(), Value::Text("TEA-01".into())), ("qty".into(), Value::Int(3))]),
            Value::Map(vec![("sku".into(), Value::Text("MUG-07".into())), ("qty".into(), Value::Int(1))]),
        ])),
    ]);
    println!("{}", order);
    for p in ["id", "customer.name", "lines.1.sku", "lines.0.qty", "lines.5.qty", "customer.vip", "id.x"] {
        match order.path(p) {
            Some(v) => println!("{:<14} = {}", p, v),
            None => println!("{:<14} missing", p),
        }
    }
    let total_qty: i64 = (0..)
        .map_while(|i| order.path(&format!("lines.{}.qty", i)))
        .filter_map(Value::as_int)
        .sum();
    println!("total qty = {}", total_qty);
}
