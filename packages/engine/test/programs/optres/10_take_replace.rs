#[derive(Debug)]
struct Slot {
    item: Option<String>,
}

fn main() {
    let mut slot = Slot { item: Some("sword".to_string()) };

    let taken = slot.item.take();
    println!("taken = {:?}, slot now = {:?}", taken, slot);

    let old = slot.item.replace("shield".to_string());
    println!("old = {:?}, slot now = {:?}", old, slot);

    let old2 = slot.item.replace("bow".to_string());
    println!("old2 = {:?}, slot now = {:?}", old2, slot);

    let mut counter = Some(3);
    if let Some(c) = counter.as_mut() {
        *c += 1;
    }
    println!("counter = {:?}", counter);
    let last = counter.take();
    println!("last = {:?}, counter = {:?}", last, counter);
}
