use std::cell::Cell;

fn main() {
    let mut lives = Cell::new(3);
    let shared = &lives;
    // Mistake: get_mut needs exclusive access, but `shared` is still used below.
    *lives.get_mut() -= 1;
    println!("lives: {}", shared.get());
}
