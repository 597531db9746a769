// Derived Ord compares fields top to bottom, so field order matters.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct ByScore {
    score: u32,
    name: String,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct ByName {
    name: String,
    score: u32,
}

fn main() {
    let raw = [("Maria", 88), ("Ahmed", 92), ("Lena", 88), ("Bob", 75), ("Zoe", 92)];

    let mut a: Vec<ByScore> = raw
        .iter()
        .map(|&(n, s)| ByScore { score: s, name: n.to_string() })
        .collect();
    let mut b: Vec<ByName> = raw
        .iter()
        .map(|&(n, s)| ByName { name: n.to_string(), score: s })
        .collect();

    a.sort();
    b.sort();

    println!("sorted by score then name:");
    for x in &a {
        println!("  {:>3} {}", x.score, x.name);
    }
    println!("sorted by name then score:");
    for x in &b {
        println!("  {:<6}{}", x.name, x.score);
    }

    a.sort_by(|x, y| y.cmp(x));
    println!("top: {:?}", a[0]);
}
