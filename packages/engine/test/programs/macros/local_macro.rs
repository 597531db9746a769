// A macro defined inside a function body, visible after its definition.
fn area(w: u32, h: u32) -> u32 {
    macro_rules! mul {
        ($a:expr, $b:expr) => { $a * $b };
    }
    mul!(w, h)
}

fn main() {
    macro_rules! greet {
        ($who:expr) => { println!("Hello, {}!", $who) };
    }
    greet!("world");
    let name = String::from("Ferris");
    greet!(name);
    println!("{}", area(3, 4));
}
