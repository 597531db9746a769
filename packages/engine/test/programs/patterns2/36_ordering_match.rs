use std::cmp::Ordering;

fn guess_feedback(secret: u32, guesses: &[u32]) -> Option<usize> {
    for (i, &g) in guesses.iter().enumerate() {
        match g.cmp(&secret) {
            Ordering::Less => println!("{} is too small", g),
            Ordering::Greater => println!("{} is too big", g),
            Ordering::Equal => {
                println!("{} is right!", g);
                return Some(i + 1);
            }
        }
    }
    None
}

#[derive(Debug)]
struct Version(u32, u32, u32);

fn compare(a: &Version, b: &Version) -> Ordering {
    match a.0.cmp(&b.0) {
        Ordering::Equal => match a.1.cmp(&b.1) {
            Ordering::Equal => a.2.cmp(&b.2),
            other => other,
        },
        other => other,
    }
}

fn main() {
    match guess_feedback(37, &[50, 25, 37, 40]) {
        Some(n) => println!("found in {} tries", n),
        None => println!("not found"),
    }
    println!("{:?}", guess_feedback(99, &[1, 2]));

    let mut versions = vec![Version(1, 10, 0), Version(1, 2, 3), Version(0, 9, 9), Version(1, 2, 0)];
    versions.sort_by(compare);
    println!("{:?}", versions);
    let verdict = match compare(&versions[0], &versions[1]) {
        Ordering::Less => "older",
        Ordering::Equal => "same",
        Ordering::Greater => "newer",
    };
    println!("first is {} than second", verdict);
}
