use std::cmp::Ordering;

#[derive(Debug, PartialEq, PartialOrd)]
struct Grade {
    points: u32,
    letter: char,
}

fn describe(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "lower",
        Ordering::Equal => "same",
        Ordering::Greater => "higher",
    }
}

fn main() {
    let mine = Grade { points: 88, letter: 'B' };
    let yours = Grade { points: 93, letter: 'A' };

    println!("mine < yours: {}", mine < yours);
    // cmp belongs to Ord, but only PartialOrd was derived.
    let result = mine.cmp(&yours);
    println!("my grade is {}", describe(result));
}
