// Quiz: a variable must be assigned on every path before it is read.
fn grade(score: u32) -> char {
    let letter;
    if score >= 90 {
        letter = 'A';
    } else if score >= 75 {
        letter = 'B';
    } else if score >= 50 {
        letter = 'C';
    }
    letter
}

fn main() {
    for s in [95, 80, 60] {
        println!("{} -> {}", s, grade(s));
    }
}
