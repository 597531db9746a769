fn classify(n: i32) -> String {
    match n {
        i32::MIN..=-1 => String::from("negative"),
        0 => String::from("zero"),
        d @ 1..=9 => format!("single digit {}", d),
        d @ 10..=99 => format!("two digits {} (tens = {})", d, d / 10),
        big @ 100.. => format!("large number {}", big),
    }
}

fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        s @ 0..=59 => {
            println!("  (failing score {})", s);
            'F'
        }
        _ => '?',
    }
}

fn main() {
    for n in [-5, 0, 7, 42, 1234] {
        println!("{:>5} -> {}", n, classify(n));
    }
    for s in [95, 81, 70, 64, 12, 150] {
        println!("score {} => {}", s, grade(s));
    }
}
