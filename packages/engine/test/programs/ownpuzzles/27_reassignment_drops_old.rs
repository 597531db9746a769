// Puzzle: when does assignment drop the old value, and when does it not?
struct Item(&'static str);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut slot = Item("old");
    println!("before assignment");
    slot = Item("new");
    println!("after assignment, slot = {}", slot.0);

    let mut other = Item("first");
    let moved = other;
    // `other` was moved from, so there is nothing to drop here.
    other = Item("second");
    println!("moved = {}, other = {}", moved.0, other.0);

    println!("end of main");
}
