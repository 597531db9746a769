// Edition 2021: closures capture individual fields.
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut p = Player { name: String::from("Rin"), score: 0 };
    let show = || println!("player {}", p.name);
    p.score += 10;
    show();
    let take_name = move || p.name;
    p.score += 5;
    let n = take_name();
    println!("{} scored {}", n, p.score);
}
