use std::collections::HashMap;

fn main() {
    let mut commands: HashMap<&str, Box<dyn Fn(f64, f64) -> f64>> = HashMap::new();
    commands.insert("add", Box::new(|a, b| a + b));
    commands.insert("sub", Box::new(|a, b| a - b));
    commands.insert("mul", Box::new(|a, b| a * b));
    commands.insert("div", Box::new(|a, b| if b == 0.0 { f64::NAN } else { a / b }));

    let program = [("add", 2.0, 3.0), ("mul", 4.0, 2.5), ("div", 1.0, 0.0), ("mod", 5.0, 2.0), ("sub", 10.0, 4.5)];

    for (name, a, b) in program.iter() {
        match commands.get(name) {
            Some(f) => println!("{} {} {} = {}", name, a, b, f(*a, *b)),
            None => println!("unknown command: {}", name),
        }
    }

    let mut names: Vec<&&str> = commands.keys().collect();
    names.sort();
    println!("available: {:?}", names);
}
