fn main() {
    let mut lives = 3;
    let counter = &mut lives;
    lives += 1;
    *counter -= 1;
    println!("lives = {}", lives);
}
