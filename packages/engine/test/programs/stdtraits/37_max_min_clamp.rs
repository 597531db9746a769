#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Bronze,
    Silver,
    Gold,
    Platinum,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Player {
    level: Level,
    xp: u32,
    nick: &'static str,
}

fn main() {
    let players = vec![
        Player { level: Level::Gold, xp: 1200, nick: "zed" },
        Player { level: Level::Silver, xp: 5400, nick: "amy" },
        Player { level: Level::Gold, xp: 3100, nick: "kai" },
        Player { level: Level::Bronze, xp: 90, nick: "bo" },
    ];

    println!("max: {:?}", players.iter().max().unwrap());
    println!("min: {:?}", players.iter().min().unwrap());
    println!("most xp: {}", players.iter().max_by_key(|p| p.xp).unwrap().nick);
    println!("fewest xp: {}", players.iter().min_by_key(|p| p.xp).unwrap().nick);

    println!("{:?}", std::cmp::max(Level::Silver, Level::Platinum));
    println!("{:?}", Level::Platinum.clamp(Level::Bronze, Level::Gold));
    println!("{:?}", Level::Bronze.clamp(Level::Silver, Level::Gold));
    println!("{}", Level::Gold > Level::Silver);
    println!("{}", 250u32.clamp(0, 100));

    let golds = players.iter().filter(|p| p.level >= Level::Gold).count();
    println!("gold or better: {}", golds);
}
