use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::new();
    scores.insert(String::from("Blue"), 10);

    // Only inserts when the key is missing.
    scores.entry(String::from("Yellow")).or_insert(50);
    scores.entry(String::from("Blue")).or_insert(50);

    println!("Blue: {}", scores["Blue"]);
    println!("Yellow: {}", scores["Yellow"]);

    // or_insert returns a &mut V that we can update
    let green = scores.entry(String::from("Green")).or_insert(0);
    *green += 7;
    println!("Green: {}", green);

    let blue = scores.entry(String::from("Blue")).or_insert(0);
    *blue *= 3;

    let mut teams: Vec<_> = scores.iter().collect();
    teams.sort();
    for (team, score) in teams {
        println!("{}: {}", team, score);
    }
}
