struct Slot {
    item: Option<String>,
}

fn main() {
    let mut slot = Slot { item: Some(String::from("sword")) };

    // Option::take is mem::replace(&mut opt, None)
    let taken = slot.item.take();
    println!("taken {:?}, slot now {:?}", taken, slot.item);

    let old = slot.item.replace(String::from("shield"));
    println!("replace returned {:?}, slot now {:?}", old, slot.item);

    let got = slot.item.get_or_insert_with(|| String::from("potion"));
    got.push_str(" +1");
    println!("slot now {:?}", slot.item);

    let mut counter: Option<u32> = None;
    *counter.get_or_insert(0) += 5;
    println!("counter {:?}", counter);
    println!("Option<u32> takes {} bytes", std::mem::size_of_val(&counter));
}
