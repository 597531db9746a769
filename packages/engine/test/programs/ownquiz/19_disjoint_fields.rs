// One field borrowed shared, another borrowed mutably, a third read. OK?
struct Game {
    players: Vec<String>,
    round: u32,
    log: Vec<String>,
}

fn main() {
    let mut game = Game {
        players: vec![String::from("ana"), String::from("bo")],
        round: 3,
        log: Vec::new(),
    };
    let players = &game.players;
    let log = &mut game.log;
    for p in players {
        log.push(format!("round {}: {} moved", game.round, p));
    }
    game.round += 1;
    for line in &game.log {
        println!("{}", line);
    }
    println!("next round: {}", game.round);
}
