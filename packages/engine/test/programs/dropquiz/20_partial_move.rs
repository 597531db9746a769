// Moving one field out: the rest of the struct is dropped at the end of scope.
struct Item(&'static str);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Bag {
    left: Item,
    middle: Item,
    right: Item,
}

fn take_item(item: Item) {
    println!("took {}", item.0);
}

fn main() {
    let bag = Bag {
        left: Item("left"),
        middle: Item("middle"),
        right: Item("right"),
    };
    take_item(bag.middle);
    println!("still have {} and {}", bag.left.0, bag.right.0);
    println!("end of main");
}
