fn split_name(full: String) -> (String, String) {
    let mut parts = full.splitn(2, ' ');
    let first = parts.next().unwrap_or("").to_string();
    let last = parts.next().unwrap_or("").to_string();
    (first, last)
}

fn append_all(mut base: String, extra: &[&str]) -> String {
    for e in extra {
        base.push_str(e);
    }
    base
}

fn biggest(a: Vec<i32>, b: Vec<i32>) -> Vec<i32> {
    if a.iter().sum::<i32>() >= b.iter().sum::<i32>() { a } else { b }
}

fn main() {
    let full = String::from("Grace Hopper");
    let (f, l) = split_name(full);
    println!("first={} last={}", f, l);
    let s = append_all(f, &["-", "x", "-"]);
    let s = append_all(s, &[&l]);
    println!("{}", s);
    let a = vec![1, 2, 3];
    let b = vec![10];
    let big = biggest(a, b);
    println!("{:?}", big);
    let mut acc = String::new();
    for word in ["x", "y", "z"] {
        acc = append_all(acc, &[word, word]);
    }
    println!("{}", acc);
    let strings = vec![String::from("p"), String::from("q")];
    let mut joined = String::new();
    for s in &strings {
        joined = joined + s;
    }
    println!("{} {:?}", joined, strings);
}
