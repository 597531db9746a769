use std::num::IntErrorKind;

fn explain(input: &str) -> String {
    match input.parse::<i8>() {
        Ok(n) => format!("ok: {}", n),
        Err(e) => match e.kind() {
            IntErrorKind::Empty => String::from("nothing to parse"),
            IntErrorKind::InvalidDigit => format!("'{}' contains an invalid digit", input),
            IntErrorKind::PosOverflow => format!("{} is too large for i8", input),
            IntErrorKind::NegOverflow => format!("{} is too small for i8", input),
            _ => format!("other error: {}", e),
        },
    }
}

fn main() {
    let cases = ["100", "", "12a", "200", "-200", "-128"];
    for c in cases {
        println!("{:>6} => {}", format!("{:?}", c), explain(c));
    }
}
