// Puzzle: `@` bindings with ranges and with a tuple behind a reference.
fn classify(score: u32) -> String {
    match score {
        s @ 90..=100 => format!("A ({})", s),
        s @ 80..=89 => format!("B ({})", s),
        s @ 0..=79 => format!("below B ({})", s),
        other => format!("invalid ({})", other),
    }
}

fn main() {
    for score in [95, 83, 40, 120] {
        println!("{}", classify(score));
    }

    let entry = (String::from("x"), 3);
    match &entry {
        whole @ (name, n) if *n > 2 => println!("{:?} -> {} x{}", whole, name, n),
        _ => println!("small entry"),
    }
    // We matched on a reference, so `entry` was never moved.
    println!("{}", entry.0);
}
