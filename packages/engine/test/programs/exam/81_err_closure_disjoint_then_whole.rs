struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut p = Player { name: String::from("Rin"), score: 0 };
    let mut rename = || p.name.push_str("!");
    p.score += 1;
    let whole = &p;
    rename();
    println!("{} {}", whole.name, p.score);
}
