fn main() {
    let mut level = 1;
    let snapshot = &level;
    level = 2;
    println!("snapshot = {}, level = {}", snapshot, level);
}
