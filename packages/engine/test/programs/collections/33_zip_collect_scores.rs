use std::collections::HashMap;

fn main() {
    let teams = vec![String::from("Blue"), String::from("Yellow")];
    let initial_scores = vec![10, 50];

    // teams is consumed by into_iter: the Strings move into the map
    let mut scores: HashMap<String, i32> =
        teams.into_iter().zip(initial_scores.into_iter()).collect();

    scores.insert(String::from("Red"), 0);
    *scores.get_mut("Blue").unwrap() += 5;

    let mut table: Vec<(&String, &i32)> = scores.iter().collect();
    table.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (rank, (team, score)) in table.iter().enumerate() {
        println!("{}. {} - {}", rank + 1, team, score);
    }
    println!("teams: {}", scores.len());
}
