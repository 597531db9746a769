fn main() {
    let mut slot: Option<String> = Some("red".to_string());

    let old = slot.replace("green".to_string());
    println!("old = {:?}, slot = {:?}", old, slot);

    let taken = slot.take();
    println!("taken = {:?}, slot = {:?}", taken, slot);

    let again = slot.take();
    println!("again = {:?}", again);

    let v = slot.get_or_insert_with(|| "blue".to_string());
    v.push_str("ish");
    println!("slot = {:?}", slot);
}
