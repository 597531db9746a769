fn main() {
    let mut level = 1;
    let mut levels_seen = Vec::new();

    let current = &level;
    levels_seen.push(*current);

    level = 2;

    println!("current level was {}, seen {:?}", current, levels_seen);
}
