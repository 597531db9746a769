fn greet(visitor: &str) -> String {
    format!("Welcome to the library, {}!", visitor)
}

fn main() {
    let visitors = vec![String::from("Jo"), String::from("Sam")];
    for v in &visitors {
        println!("{}", greet(v));
    }
    let late = String::from("Alex");
    println!("{}", greet(late));
}
