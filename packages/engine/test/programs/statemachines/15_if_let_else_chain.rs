// if let ... else if let ... else, and a quick look at matches!
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Lobby(Vec<String>),
    Playing { round: u32, scores: Vec<u32> },
    GameOver(String),
}

fn describe(phase: &Phase) -> String {
    if let Phase::Lobby(players) = phase {
        format!("lobby with {} player(s)", players.len())
    } else if let Phase::Playing { round, scores } = phase {
        let best = scores.iter().max().copied().unwrap_or(0);
        format!("round {} (best score {})", round, best)
    } else if let Phase::GameOver(winner) = phase {
        format!("{} won", winner)
    } else {
        unreachable!()
    }
}

fn main() {
    let mut phase = Phase::Lobby(vec![]);
    println!("{}", describe(&phase));
    if let Phase::Lobby(players) = &mut phase {
        players.push(String::from("ana"));
        players.push(String::from("ben"));
    }
    println!("{}", describe(&phase));
    let can_start = matches!(&phase, Phase::Lobby(p) if p.len() >= 2);
    println!("can start: {}", can_start);
    phase = Phase::Playing { round: 1, scores: vec![0, 0] };
    for r in 1..=3 {
        if let Phase::Playing { round, scores } = &mut phase {
            *round = r;
            scores[(r % 2) as usize] += r * 10;
        }
        println!("{}", describe(&phase));
    }
    let winner = if let Phase::Playing { scores, .. } = &phase {
        if scores[0] > scores[1] { "ana" } else { "ben" }
    } else {
        "nobody"
    };
    phase = Phase::GameOver(winner.to_string());
    println!("{}", describe(&phase));
    println!("over? {}", matches!(phase, Phase::GameOver(_)));
}
