use std::cell::Cell;

struct Profile {
    nickname: Cell<String>,
    visits: Cell<u32>,
}

fn main() {
    let p = Profile {
        nickname: Cell::new(String::from("neo")),
        visits: Cell::new(0),
    };
    p.visits.set(p.visits.get() + 1);
    let name = p.nickname.get();
    println!("{} visited {} times", name, p.visits.get());
}
