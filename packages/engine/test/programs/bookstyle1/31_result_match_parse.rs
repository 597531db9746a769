// Matching on Result and on the kind of error.
use std::num::IntErrorKind;

fn describe(input: &str) -> String {
    match input.parse::<u8>() {
        Ok(n) => format!("{input} -> {n}"),
        Err(e) => match e.kind() {
            IntErrorKind::Empty => String::from("empty input"),
            IntErrorKind::PosOverflow => format!("{input} is too big for u8"),
            IntErrorKind::InvalidDigit => format!("{input} has an invalid digit"),
            _ => format!("other problem with {input}"),
        },
    }
}

fn main() {
    for input in ["42", "", "300", "4x2"] {
        println!("{}", describe(input));
    }

    let total: u32 = ["1", "2", "oops", "4"]
        .iter()
        .map(|s| s.parse::<u32>().unwrap_or_else(|_| 0))
        .sum();
    println!("total with bad entries as zero: {total}");
}
