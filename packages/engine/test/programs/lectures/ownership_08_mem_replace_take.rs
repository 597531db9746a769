// std::mem::{drop, replace, take} and Option::take move values out safely.
use std::mem;

struct Token(u32);

impl Drop for Token {
    fn drop(&mut self) {
        println!("token {} released", self.0);
    }
}

struct Slot {
    current: Option<Token>,
    label: String,
}

fn main() {
    let t1 = Token(1);
    let t2 = Token(2);
    drop(t1);
    println!("after explicit drop of 1");

    let mut slot = Slot { current: Some(t2), label: String::from("slot-A") };
    let old = slot.current.take();
    println!("took token {}", old.as_ref().map(|t| t.0).unwrap_or(0));
    println!("slot empty now: {}", slot.current.is_none());

    let old_label = mem::replace(&mut slot.label, String::from("slot-B"));
    println!("label was {}, now {}", old_label, slot.label);

    let taken = mem::take(&mut slot.label);
    println!("taken '{}', left '{}'", taken, slot.label);

    slot.current = Some(Token(3));
    drop(old);
    println!("end of main");
}
