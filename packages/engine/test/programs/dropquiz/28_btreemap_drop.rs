// A BTreeMap drops its entries in key order.
use std::collections::BTreeMap;

struct Score(u32);

impl Drop for Score {
    fn drop(&mut self) {
        println!("drop score {}", self.0);
    }
}

fn main() {
    let mut board = BTreeMap::new();
    board.insert("carol", Score(70));
    board.insert("alice", Score(90));
    board.insert("bob", Score(80));
    println!("replace alice:");
    let old = board.insert("alice", Score(95));
    println!("old alice was {}", old.as_ref().map(|s| s.0).unwrap_or(0));
    drop(old);
    println!("remove bob:");
    board.remove("bob");
    println!("end of main");
}
