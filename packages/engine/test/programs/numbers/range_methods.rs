fn grade(score: u32) -> char {
    match score {
        s if (90..=100).contains(&s) => 'A',
        s if (80..90).contains(&s) => 'B',
        _ => 'C',
    }
}

fn main() {
    let r = 3..8;
    println!("{} {} {} {}", r.len(), r.contains(&7), r.contains(&8), r.is_empty());
    let letters = 'a'..='z';
    println!("{} {} {} {}", letters.contains(&'q'), letters.contains(&'Q'), letters.start(), letters.end());
    println!("{} {}", (5..5).is_empty(), (5..=5).is_empty());
    println!("{} {} {}", grade(95), grade(85), grade(12));
    println!("{}", (0.0..1.0).contains(&0.5));
    let count = (1..=10).filter(|n| (3..7).contains(n)).count();
    println!("{}", count);
}
