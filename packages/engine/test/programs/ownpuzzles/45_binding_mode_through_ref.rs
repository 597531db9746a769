// Puzzle: what types do the bindings get when we match through references?
fn first_len(maybe: &Option<String>) -> usize {
    match maybe {
        Some(s) => s.len(), // s: &String
        None => 0,
    }
}

fn shout(maybe: &mut Option<String>) {
    if let Some(s) = maybe {
        // s: &mut String
        s.make_ascii_uppercase();
    }
}

fn main() {
    let mut title = Some(String::from("Borrowing"));
    println!("len {}", first_len(&title));
    shout(&mut title);
    println!("{:?}", title);

    let scores = vec![(String::from("ann"), 7), (String::from("bob"), 9)];
    let mut best = 0;
    for (name, score) in &scores {
        // name: &String, score: &i32
        if *score > best {
            best = *score;
        }
        println!("{} scored {}", name, score);
    }
    println!("best {} of {} players", best, scores.len());
}
