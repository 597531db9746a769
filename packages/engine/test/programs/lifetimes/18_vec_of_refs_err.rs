// A reference to a short-lived value is pushed into a longer-lived Vec.
#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let alice = Player { name: String::from("Alice"), score: 12 };
    let mut team: Vec<&Player> = Vec::new();
    team.push(&alice);

    {
        let bob = Player { name: String::from("Bob"), score: 9 };
        team.push(&bob);
    }

    let total: u32 = team.iter().map(|p| p.score).sum();
    println!("team of {} scores {}", team.len(), total);
}
