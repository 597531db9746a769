struct Player {
    name: String,
    score: u32,
    history: Vec<u32>,
}

fn main() {
    let mut p = Player {
        name: String::from("Ferris"),
        score: 0,
        history: Vec::new(),
    };

    // Borrowing two different fields at the same time is fine:
    let name = &p.name;
    let history = &mut p.history;
    for round in 1..=4 {
        history.push(round * 10);
    }
    println!("{} played {} rounds", name, history.len());

    // A mutable borrow of one field and a shared borrow of another.
    let score = &mut p.score;
    for pts in &p.history {
        *score += pts;
    }
    println!("total score: {}", p.score);

    // Same with destructuring.
    let Player { name, history, .. } = &mut p;
    name.push_str(" the Crab");
    history.clear();
    println!("{} now has {} rounds recorded", p.name, p.history.len());
}
