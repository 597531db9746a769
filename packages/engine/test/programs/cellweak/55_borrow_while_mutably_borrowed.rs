use std::cell::RefCell;

struct Player {
    hp: RefCell<i32>,
}

impl Player {
    fn report(&self) {
        println!("hp is {}", self.hp.borrow());
    }
}

fn main() {
    let p = Player { hp: RefCell::new(30) };
    p.report();

    let mut hp = p.hp.borrow_mut();
    *hp -= 12;
    // Still holding the RefMut: reading panics
    p.report();
    *hp -= 1;
}
