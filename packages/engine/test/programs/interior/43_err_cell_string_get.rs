use std::cell::Cell;

struct Profile {
    nickname: Cell<String>,
}

fn main() {
    let p = Profile { nickname: Cell::new(String::from("ghost")) };
    p.nickname.set(String::from("phantom"));
    // Mistake: Cell::get requires the value to be Copy.
    let name = p.nickname.get();
    println!("nickname: {}", name);
}
