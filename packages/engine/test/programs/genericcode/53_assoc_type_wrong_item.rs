// A container trait with an associated item type.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
}

struct Bag {
    things: Vec<String>,
}

impl Container for Bag {
    type Item = String;
    fn get(&self, i: usize) -> Option<&Self::Item> {
        self.things.get(i)
    }
}

// Sum the lengths of the first two items.
fn first_two<C: Container<Item = i32>>(c: &C) -> i32 {
    c.get(0).copied().unwrap_or(0) + c.get(1).copied().unwrap_or(0)
}

fn main() {
    let bag = Bag { things: vec!["a".to_string(), "bb".to_string()] };
    println!("{}", first_two(&bag));
}
