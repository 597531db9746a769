#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
    level: Option<u8>,
}

fn main() {
    let mut players = vec![
        Player { name: String::from("ann"), score: 120, level: Some(3) },
        Player { name: String::from("bob"), score: 80, level: None },
        Player { name: String::from("cyd"), score: 200, level: Some(7) },
    ];
    for p in players.iter_mut() {
        match p {
            Player { level: Some(l), score, .. } if *l >= 5 => *score += 50,
            Player { level: None, name, .. } => name.push_str("?"),
            _ => {}
        }
    }
    for Player { name, score, level } in &players {
        let lv = match level {
            Some(n @ 1..=4) => format!("novice {}", n),
            Some(n) => format!("expert {}", n),
            None => String::from("unranked"),
        };
        println!("{:<5} {:>4} {}", name, score, lv);
    }
    let best = &players[2];
    let Player { ref name, score, .. } = *best;
    println!("best {} with {}", name, score);
    let mut opt = Some(String::from("abc"));
    if let Some(ref mut s) = opt {
        s.push('d');
    }
    if let Some(s) = &mut opt {
        s.push('e');
    }
    println!("{:?}", opt);
    let taken = opt.take();
    println!("{:?} {:?}", taken, opt);
}
