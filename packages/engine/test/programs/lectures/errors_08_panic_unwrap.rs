// unwrap and expect panic when there is no value: the program stops with code 101.
fn get_score(scores: &[(&str, u32)], who: &str) -> Option<u32> {
    scores.iter().find(|(n, _)| *n == who).map(|(_, s)| *s)
}

fn main() {
    let scores = [("ann", 12), ("ben", 30), ("cat", 7)];
    let a = get_score(&scores, "ann").unwrap();
    println!("ann scored {}", a);
    let b = get_score(&scores, "ben").expect("ben should be there");
    println!("ben scored {}", b);

    let parsed: Vec<u32> = ["1", "2", "3"].iter().map(|s| s.parse().unwrap()).collect();
    println!("parsed {:?}", parsed);

    let total: u32 = scores.iter().map(|(_, s)| s).sum();
    println!("total {}", total);

    let d = get_score(&scores, "dan").expect("dan has no score");
    println!("dan scored {}", d);
}
