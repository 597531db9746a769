fn main() {
    let names = vec![String::from("mercury"), String::from("venus"), String::from("earth")];

    // into_iter moves each String out of the vector
    let mut capitalized = Vec::new();
    for mut name in names.into_iter() {
        let first = name.remove(0).to_ascii_uppercase();
        name.insert(0, first);
        capitalized.push(name);
    }
    println!("{:?}", capitalized);

    let lengths: Vec<(String, usize)> = capitalized
        .into_iter()
        .map(|s| {
            let n = s.len();
            (s, n)
        })
        .collect();
    for (s, n) in &lengths {
        println!("{} has {} letters", s, n);
    }
}
