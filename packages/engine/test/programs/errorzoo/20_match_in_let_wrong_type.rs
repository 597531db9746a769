// Quiz: assigning a value of the wrong type to an annotated variable.
fn parse_level(text: &str) -> Option<u8> {
    match text {
        "low" => Some(1),
        "mid" => Some(2),
        "high" => Some(3),
        _ => None,
    }
}

fn main() {
    let inputs = ["low", "high", "extreme"];
    for input in inputs {
        // `parse_level` returns an Option, not a plain number.
        let level: u8 = parse_level(input);
        println!("{} -> {}", input, level);
    }
}
