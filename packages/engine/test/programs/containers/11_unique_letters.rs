use std::collections::HashSet;

fn main() {
    let names = vec!["anna", "bob", "clara"];
    for name in &names {
        let letters: HashSet<char> = name.chars().collect();
        let mut sorted: Vec<char> = letters.into_iter().collect();
        sorted.sort();
        let s: String = sorted.iter().collect();
        println!("{} has {} distinct letters: {}", name, s.len(), s);
    }

    let mut seen = HashSet::new();
    let input = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    let mut first_repeat = None;
    for &x in input.iter() {
        if !seen.insert(x) {
            first_repeat = Some(x);
            break;
        }
    }
    println!("first repeated: {:?}", first_repeat);
}
