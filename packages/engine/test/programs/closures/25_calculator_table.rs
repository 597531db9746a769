use std::collections::HashMap;

fn main() {
    let mut ops: HashMap<&str, fn(f64, f64) -> f64> = HashMap::new();
    ops.insert("+", |a, b| a + b);
    ops.insert("-", |a, b| a - b);
    ops.insert("*", |a, b| a * b);
    ops.insert("/", |a, b| a / b);

    let exprs = [(8.0, "+", 2.0), (8.0, "-", 2.0), (8.0, "*", 2.0), (8.0, "/", 2.0), (1.0, "%", 2.0)];
    for (a, op, b) in exprs.iter() {
        match ops.get(op) {
            Some(f) => println!("{} {} {} = {}", a, op, b, f(*a, *b)),
            None => println!("unknown operator {}", op),
        }
    }

    let mut symbols: Vec<&&str> = ops.keys().collect();
    symbols.sort();
    println!("supported: {:?}", symbols);
}
