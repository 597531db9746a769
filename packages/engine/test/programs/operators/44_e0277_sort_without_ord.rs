#[derive(Debug, PartialEq)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut board = vec![
        Player { name: "Zed".into(), score: 40 },
        Player { name: "Amy".into(), score: 95 },
        Player { name: "Bob".into(), score: 70 },
    ];

    // sort() needs Ord on the element type; Player only has PartialEq.
    board.sort();

    for p in &board {
        println!("{} {}", p.name, p.score);
    }
}
